import { useEffect, useImperativeHandle, useRef, useState, type SubmitEvent, type RefObject } from 'react';
import {
  EMPLOYMENT_TYPES,
  SALARY_PERIODS,
  WORKPLACES,
  type ApplicationDetail,
  type EmploymentType,
  type SalaryPeriod,
  type Workplace,
} from '../../../shared/domain';
import { isRealDay } from '../../../shared/real-date';
import { call, errorMessage } from '../api-client';
import { FormError } from '../components/FormError';
import { OptionalSelect } from '../components/OptionalSelect';

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
/** A stored day that is not real (older build, hand edit) starts empty, so the user picks the right one. */
const realOr = (v: string | null | undefined) => (isRealDay(v) ? v : '');

const DAY_LABELS = { postedAt: 'Posted', deadline: 'Deadline', dateSaved: 'Saved on', dateApplied: 'Applied on' } as const;

/** The dates of this application that are stored but not real, with what was stored. */
function badDays(d: ApplicationDetail): { label: string; value: string }[] {
  const stored = {
    postedAt: d.posting.postedAt,
    deadline: d.posting.deadline,
    dateSaved: d.dateSaved,
    dateApplied: d.dateApplied,
  };
  return (Object.keys(stored) as (keyof typeof stored)[])
    .filter((k) => stored[k] !== null && !isRealDay(stored[k]))
    .map((k) => ({ label: DAY_LABELS[k], value: String(stored[k]) }));
}

function initial(d: ApplicationDetail) {
  const p = d.posting;
  return {
    title: d.title,
    company: d.company,
    location: str(p.location),
    workplace: str(p.workplace),
    employmentType: str(p.employmentType),
    salaryMin: str(p.salary?.min),
    salaryMax: str(p.salary?.max),
    currency: str(p.salary?.currency),
    period: str(p.salary?.period),
    postedAt: realOr(p.postedAt),
    deadline: realOr(p.deadline),
    url: str(p.url),
    email: str(p.email),
    skills: p.skills.join(', '),
    requirements: p.requirements.join('\n'),
    language: str(p.language),
    dateSaved: realOr(d.dateSaved),
    dateApplied: realOr(d.dateApplied),
    excitement: str(d.excitement),
    tags: d.tags.join(', '),
  };
}
type Fields = ReturnType<typeof initial>;

const list = (v: string, sep: RegExp) =>
  v
    .split(sep)
    .map((x) => x.trim())
    .filter(Boolean);

const sameFields = (a: Fields, b: Fields) => (Object.keys(a) as (keyof Fields)[]).every((k) => a[k] === b[k]);

/** What the detail asks of the form before it closes: are there unsaved edits, and save them. */
export interface UnsavedGuard {
  dirty(): boolean;
  /** Resolves true when saved; on failure the form shows the error and keeps the edits. */
  save(): Promise<boolean>;
}

/** Every posting field and the application's own fields, editable in one form with one Save. */
export function PostingFieldsForm({ detail, guard }: { detail: ApplicationDetail; guard?: RefObject<UnsavedGuard | null> }) {
  const [f, setF] = useState<Fields>(() => initial(detail));
  // The values as last saved or loaded: what the user has changed is what differs from these.
  const base = useRef<Fields>(initial(detail));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const [saving, setSaving] = useState(false);

  // A change made elsewhere (the stage select fills Date applied, another window saves) shows in every field
  // the user has not touched; a field being edited keeps the user's value.
  useEffect(() => {
    const next = initial(detail);
    const before = base.current;
    base.current = next;
    setF((prev) => {
      const merged = { ...prev };
      for (const k of Object.keys(next) as (keyof Fields)[]) if (prev[k] === before[k]) merged[k] = next[k];
      return merged;
    });
  }, [detail]);

  const bind = (k: keyof Fields) => ({
    value: f[k],
    onChange: (e: { target: { value: string } }) => {
      setSaved('');
      setF((prev) => ({ ...prev, [k]: e.target.value }));
    },
  });

  async function save(e: SubmitEvent) {
    e.preventDefault();
    await persist();
  }

  async function persist(): Promise<boolean> {
    setSaving(true);
    setError(null);
    const hasSalary = [f.salaryMin, f.salaryMax, f.currency, f.period].some((v) => v.trim() !== '');
    try {
      await call('applications.update', {
        id: detail.id,
        patch: {
          title: f.title,
          company: f.company,
          location: orNull(f.location),
          workplace: (orNull(f.workplace) as Workplace | null) ?? null,
          employmentType: (orNull(f.employmentType) as EmploymentType | null) ?? null,
          salary: hasSalary
            ? {
                min: f.salaryMin.trim() ? Number(f.salaryMin) : null,
                max: f.salaryMax.trim() ? Number(f.salaryMax) : null,
                currency: orNull(f.currency.toUpperCase()),
                period: (orNull(f.period) as SalaryPeriod | null) ?? null,
              }
            : null,
          postedAt: orNull(f.postedAt),
          deadline: orNull(f.deadline),
          url: orNull(f.url),
          email: orNull(f.email),
          skills: list(f.skills, /,/),
          requirements: list(f.requirements, /\n/),
          language: orNull(f.language),
          dateSaved: f.dateSaved,
          dateApplied: orNull(f.dateApplied),
          excitement: f.excitement ? Number(f.excitement) : null,
          tags: list(f.tags, /,/),
        },
      });
      base.current = f;
      setSaved('Changes saved.');
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    } finally {
      setSaving(false);
    }
  }
  // What the detail asks before it closes, kept current with every render's fields.
  useImperativeHandle(guard, () => ({ dirty: () => !sameFields(f, base.current), save: persist }));

  const needsFix = badDays(detail);
  return (
    <form className="detail-form" onSubmit={(e) => void save(e)} aria-label="Posting and application details">
      {needsFix.length > 0 && (
        <p className="form-error" role="alert">
          {needsFix.map((b) => `${b.label} was stored as "${b.value}", which is not a real date.`).join(' ')} Pick the right day
          below and save.
        </p>
      )}
      <fieldset>
        <legend>Posting</legend>
        <label>
          Title
          <input {...bind('title')} required maxLength={300} />
        </label>
        <label>
          Company
          <input {...bind('company')} required maxLength={300} />
        </label>
        <label>
          Location
          <input {...bind('location')} maxLength={300} />
        </label>
        <label>
          Workplace
          <OptionalSelect {...bind('workplace')} options={WORKPLACES} />
        </label>
        <label>
          Employment type
          <OptionalSelect {...bind('employmentType')} options={EMPLOYMENT_TYPES} />
        </label>
        <label>
          Salary from
          <input {...bind('salaryMin')} type="number" min={0} step="any" />
        </label>
        <label>
          Salary to
          <input {...bind('salaryMax')} type="number" min={0} step="any" />
        </label>
        <label>
          Currency
          <input {...bind('currency')} maxLength={3} placeholder="EUR" />
        </label>
        <label>
          Salary per
          <OptionalSelect {...bind('period')} options={SALARY_PERIODS} />
        </label>
        <label>
          Posted on
          <input {...bind('postedAt')} type="date" />
        </label>
        <label>
          Deadline
          <input {...bind('deadline')} type="date" />
        </label>
        <label>
          Posting link
          <input {...bind('url')} type="url" placeholder="https://" />
        </label>
        <label>
          Contact e-mail
          <input {...bind('email')} type="email" />
        </label>
        <label>
          Language
          <input {...bind('language')} maxLength={10} placeholder="en" />
        </label>
        <label className="detail-form-wide">
          Skills (comma-separated)
          <input {...bind('skills')} />
        </label>
        <label className="detail-form-wide">
          Requirements (one per line)
          <textarea {...bind('requirements')} rows={4} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Application</legend>
        <label>
          Date saved
          <input {...bind('dateSaved')} type="date" required />
        </label>
        <label>
          Date applied
          <input {...bind('dateApplied')} type="date" />
        </label>
        <label>
          Excitement
          <select {...bind('excitement')}>
            <option value="">Not rated</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {'★'.repeat(n)} ({n} of 5)
              </option>
            ))}
          </select>
        </label>
        <label className="detail-form-wide">
          Tags (comma-separated)
          <input {...bind('tags')} placeholder="referral, remote-first" />
        </label>
      </fieldset>
      <FormError message={error} />
      <div className="form-actions">
        <span role="status" className="muted">
          {saved}
        </span>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save changes'}
        </button>
      </div>
    </form>
  );
}
