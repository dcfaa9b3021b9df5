import { useState, type SubmitEvent } from 'react';
import type { PostingPreview } from '../../../shared/api-postings';
import { EMPLOYMENT_TYPES, WORKPLACES, type PostingFields } from '../../../shared/domain';
import { formatSalary, parseSalaryLine } from '../../../shared/salary-text';
import { call, errorMessage } from '../api-client';
import { useNavigation } from '../navigation';
import { FormError } from '../components/FormError';
import { OptionalSelect } from '../components/OptionalSelect';
import { FormActions } from '../components/FormActions';

type TextField = 'title' | 'company' | 'location' | 'postedAt' | 'deadline' | 'url' | 'email';
const TEXT_FIELDS: { key: TextField; label: string; type?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'company', label: 'Company' },
  { key: 'location', label: 'Location' },
  { key: 'postedAt', label: 'Posted on', type: 'date' },
  { key: 'deadline', label: 'Deadline', type: 'date' },
  { key: 'url', label: 'URL', type: 'url' },
  { key: 'email', label: 'Contact e-mail', type: 'email' },
];
const CHOICE_FIELDS: { key: 'workplace' | 'employmentType'; label: string; options: readonly string[] }[] = [
  { key: 'workplace', label: 'Workplace', options: WORKPLACES },
  { key: 'employmentType', label: 'Employment type', options: EMPLOYMENT_TYPES },
];

/** Every field the importer read, editable before anything is saved; found ones are marked as found. */
export function ReviewForm({
  preview,
  sourceName,
  onSaved,
  onBack,
}: {
  preview: PostingPreview;
  sourceName: string | null;
  onSaved: () => void;
  onBack: () => void;
}) {
  const [fields, setFields] = useState<PostingFields>(preview.fields);
  const [salary, setSalary] = useState(formatSalary(preview.fields.salary));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const nav = useNavigation();
  const found = new Set(preview.found);
  const set = <K extends keyof PostingFields>(key: K, value: PostingFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const foundMark = (key: keyof PostingFields) =>
    found.has(key) ? (
      <span className="found-mark" aria-label="found in the posting" title="Read from the posting">
        ✓ found
      </span>
    ) : null;
  /** A field's name in its label, marked when the importer found it. */
  const caption = (key: keyof PostingFields, label: string) => (
    <span>
      {label} {foundMark(key)}
    </span>
  );

  async function save(e: SubmitEvent, force = false) {
    e.preventDefault();
    const parsedSalary = parseSalaryLine(salary);
    if (!parsedSalary.ok) {
      setError(parsedSalary.message);
      return;
    }
    if (!fields.title?.trim() || !fields.company?.trim()) {
      setError('Fill in the title and the company before saving.');
      return;
    }
    setSaving(true);
    setError(null);
    const blankToNull = (v: string | null) => {
      const t = v?.trim() ?? '';
      return t === '' ? null : t;
    };
    try {
      const outcome = await call('postings.save', {
        fields: {
          ...fields,
          title: fields.title.trim(),
          company: fields.company.trim(),
          location: blankToNull(fields.location),
          url: blankToNull(fields.url),
          email: blankToNull(fields.email),
          postedAt: blankToNull(fields.postedAt),
          deadline: blankToNull(fields.deadline),
          salary: parsedSalary.salary,
        },
        originalText: preview.originalText,
        cleanText: preview.cleanText,
        format: preview.format,
        sourceName,
        force: force || preview.duplicate !== null,
      });
      if (outcome.status === 'saved') onSaved();
      else if (outcome.status === 'duplicate')
        setError(`This posting is already saved as “${outcome.duplicate.title}” at ${outcome.duplicate.company}.`);
      else setError(outcome.message);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form review-form" onSubmit={(e) => void save(e)} aria-label="Review posting">
      {preview.duplicate && (
        <div className="duplicate-warning" role="alert">
          You saved this job before: “{preview.duplicate.title}” at {preview.duplicate.company}.{' '}
          <button type="button" className="link-button" onClick={() => nav.openApplication(preview.duplicate!.applicationId)}>
            Open the earlier application
          </button>{' '}
          Saving again creates a second application.
        </div>
      )}
      <p className="muted">
        {preview.found.length
          ? `Read ${preview.found.length} fields from the posting; check them and fill in the rest.`
          : 'No fields could be read; fill them in.'}
      </p>
      <div className="review-grid">
        {TEXT_FIELDS.map(({ key, label, type }) => (
          <label key={key}>
            {caption(key, label)}
            <input
              type={type ?? 'text'}
              value={fields[key] ?? ''}
              onChange={(e) => set(key, e.target.value)}
              required={key === 'title' || key === 'company'}
            />
          </label>
        ))}
        {CHOICE_FIELDS.map(({ key, label, options }) => (
          <label key={key}>
            {caption(key, label)}
            <OptionalSelect
              options={options}
              value={fields[key] ?? ''}
              onChange={(e) => set(key, (e.target.value || null) as PostingFields[typeof key])}
            />
          </label>
        ))}
        <label>
          {caption('salary', 'Salary')}
          <input value={salary} onChange={(e) => setSalary(e.target.value)} placeholder="65,000–80,000 EUR per year" />
        </label>
      </div>
      {fields.skills.length > 0 && <p className="muted">Skills: {fields.skills.join(', ')}</p>}
      <FormError message={error} />
      <FormActions
        submit="Save posting"
        busy={saving}
        busyLabel="Saving…"
        submitClassName="primary"
        onCancel={onBack}
        cancelLabel="Back"
      />
    </form>
  );
}
