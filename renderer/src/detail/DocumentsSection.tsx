import { useRef, useState, type SubmitEvent } from 'react';
import { ATTACHMENT_KINDS, MAX_ATTACHMENT_BYTES } from '../../../shared/api-details';
import type { Attachment } from '../../../shared/domain';
import { call } from '../api-client';
import { formatBytes, formatInstant } from './format';
import { FormError } from '../components/FormError';
import { useAttempt } from '../hooks';
import { FormActions } from '../components/FormActions';
import { ChoiceSelect } from '../components/ChoiceSelect';

const KIND_LABEL: Record<Attachment['kind'], string> = { resume: 'Resume', 'cover-letter': 'Cover letter', other: 'Other' };

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(new Error(`Could not read “${file.name}”.`));
    reader.readAsDataURL(file);
  });
}

/**
 * Opens a document: the desktop app hands its path to the system (the shell opens what `attachments.open`
 * returns); in the browser, the bytes come through the API and are offered as a download.
 */
async function openDocument(a: Attachment): Promise<void> {
  if (window.pursuit) {
    await call('attachments.open', { id: a.id });
    return;
  }
  const { base64, mimeType, fileName } = await call('attachments.read', { id: a.id });
  const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType ?? 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.replace(/^.*[\\/]/, '');
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function DocumentsSection({ applicationId, attachments }: { applicationId: number; attachments: Attachment[] }) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<Attachment['kind']>('resume');
  const [versionLabel, setVersionLabel] = useState('');
  const { error, setError, attempt } = useAttempt();
  const [busy, setBusy] = useState(false);

  async function attach(e: SubmitEvent) {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setError('Choose a file to attach first.');
      return;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setError(`“${file.name}” is ${formatBytes(file.size)}; documents can be at most ${formatBytes(MAX_ATTACHMENT_BYTES)}.`);
      return;
    }
    setBusy(true);
    const ok = await attempt(async () =>
      call('attachments.add', {
        applicationId,
        fileName: file.name,
        mimeType: file.type || null,
        kind,
        versionLabel: versionLabel.trim() || null,
        source: { base64: await readAsBase64(file) },
      }),
    );
    setBusy(false);
    if (ok) {
      setVersionLabel('');
      if (fileRef.current) fileRef.current.value = '';
    }
  }

  return (
    <section aria-labelledby="detail-documents" className="detail-section">
      <h3 id="detail-documents">Documents</h3>
      {attachments.length === 0 && <p className="muted">No documents yet. Attach the resume and cover letter you sent.</p>}
      <ul className="detail-list">
        {attachments.map((a) => (
          <li key={a.id} className="detail-document">
            <strong>{a.fileName}</strong> · {KIND_LABEL[a.kind]}
            {a.versionLabel && <> · version sent: {a.versionLabel}</>} · {formatBytes(a.sizeBytes)} ·{' '}
            <time dateTime={a.createdAt}>{formatInstant(a.createdAt)}</time>{' '}
            <button type="button" aria-label={`Open ${a.fileName}`} onClick={() => void attempt(() => openDocument(a))}>
              Open
            </button>
            <button
              type="button"
              aria-label={`Delete ${a.fileName}`}
              onClick={() => void attempt(() => call('attachments.delete', { id: a.id }))}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void attach(e)} className="detail-grid-form" aria-label="Attach a document">
        <label>
          File
          <input ref={fileRef} type="file" />
        </label>
        <label>
          Kind
          <ChoiceSelect
            options={ATTACHMENT_KINDS}
            optionLabel={(k) => KIND_LABEL[k]}
            value={kind}
            onChange={(e) => setKind(e.target.value as Attachment['kind'])}
          />
        </label>
        <label>
          Version sent
          <input
            value={versionLabel}
            onChange={(e) => setVersionLabel(e.target.value)}
            placeholder="e.g. v3, data roles"
            maxLength={120}
          />
        </label>
        <FormActions submit="Attach" busy={busy} busyLabel="Attaching…" />
      </form>
      <FormError message={error} />
    </section>
  );
}
