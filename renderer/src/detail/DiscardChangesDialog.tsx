import { Dialog } from '../components/Dialog';

/**
 * Asked when the detail is closed with unsaved edits. Pursuit asks rather than saving as you type: the form
 * has one Save that checks the fields together (a salary range, a required title), a half-typed value would
 * otherwise be written on every key, and "Save / Discard / Keep editing" is what desktop editors ask when a
 * changed document is closed. Save is the default button: the safe answer is one Enter away.
 */
export function DiscardChangesDialog({
  open,
  saving,
  onSave,
  onDiscard,
  onKeepEditing,
}: {
  open: boolean;
  saving: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onKeepEditing: () => void;
}) {
  return (
    <Dialog title="Discard changes?" open={open} onClose={onKeepEditing} role="alertdialog">
      <p>This application has changes that are not saved yet.</p>
      <div className="form-actions">
        <button type="button" onClick={onKeepEditing}>
          Keep editing
        </button>
        <button type="button" onClick={onDiscard}>
          Discard
        </button>
        <button type="button" className="primary" onClick={onSave} disabled={saving} autoFocus>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </Dialog>
  );
}
