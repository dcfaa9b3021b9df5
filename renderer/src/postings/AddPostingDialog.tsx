import { useEffect, useEffectEvent, useState, type DragEvent, type SubmitEvent } from 'react';
import type { PostingPreview } from '../../../shared/api-postings';
import { call, errorMessage } from '../api-client';
import { Dialog } from '../components/Dialog';
import { useNotify } from '../components/Toasts';
import { BatchImport } from './BatchImport';
import { fileToBase64, POSTING_FILE_TYPES } from './files';
import { ReviewForm } from './ReviewForm';
import { FormError } from '../components/FormError';
import { FormActions } from '../components/FormActions';

type Step =
  { kind: 'input' } | { kind: 'review'; preview: PostingPreview; sourceName: string | null } | { kind: 'batch'; files: File[] };

/** Paste, pick or drop a posting; one posting goes to the review form, several to a batch import. */
export function AddPostingDialog({
  open,
  initialFiles,
  onClose,
}: {
  open: boolean;
  initialFiles: File[] | null;
  onClose: () => void;
}) {
  const [step, setStep] = useState<Step>({ kind: 'input' });
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notify = useNotify();

  // Files dropped onto the window arrive with the dialog.
  const takeDropped = useEffectEvent((files: File[]) => void takeFiles(files));
  useEffect(() => {
    if (open && initialFiles) takeDropped(initialFiles);
  }, [open, initialFiles]);

  function close() {
    setStep({ kind: 'input' });
    setText('');
    setError(null);
    onClose();
  }

  async function parse(input: { text: string } | { name: string; base64: string }, sourceName: string | null) {
    setBusy(true);
    setError(null);
    try {
      const preview = await call('postings.parse', input);
      setStep({ kind: 'review', preview, sourceName });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function takeFiles(files: File[]) {
    if (files.length === 0) return;
    if (files.length > 1) {
      setStep({ kind: 'batch', files });
      return;
    }
    const file = files[0]!;
    await parse({ name: file.name, base64: await fileToBase64(file) }, file.name);
  }

  function submitText(e: SubmitEvent) {
    e.preventDefault();
    if (!text.trim()) {
      setError('Paste the posting text first, or choose a file.');
      return;
    }
    void parse({ text }, null);
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    e.stopPropagation();
    void takeFiles([...e.dataTransfer.files]);
  }

  return (
    <Dialog title="Add posting" open={open} onClose={close} wide>
      {step.kind === 'input' && (
        <form className="form" onSubmit={submitText} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
          <label>
            Posting text
            <textarea
              value={text}
              onChange={(e) => setText(e.target.value)}
              rows={14}
              placeholder="Paste a job posting, a recruiter's e-mail or a page's text"
              autoFocus
            />
          </label>
          <div className="drop-hint">
            <label className="file-pick">
              Choose files…
              <input
                type="file"
                multiple
                accept={POSTING_FILE_TYPES}
                onChange={(e) => void takeFiles([...(e.target.files ?? [])])}
              />
            </label>
            <span className="muted">or drop .txt, .html, .eml or .json files here. Nothing leaves this computer.</span>
          </div>
          <FormError message={error} />
          <FormActions submit="Read posting" busy={busy} busyLabel="Reading…" submitClassName="primary" onCancel={close} />
        </form>
      )}
      {step.kind === 'review' && (
        <ReviewForm
          preview={step.preview}
          sourceName={step.sourceName}
          onBack={() => setStep({ kind: 'input' })}
          onSaved={() => {
            notify({
              kind: 'info',
              message: 'Posting saved to the first stage.',
              group: 'posting-saved',
              many: (n) => `${n} postings saved to the first stage.`,
            });
            close();
          }}
        />
      )}
      {step.kind === 'batch' && <BatchImport files={step.files} onDone={close} />}
    </Dialog>
  );
}
