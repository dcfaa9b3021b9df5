/**
 * A form's row of buttons: an optional button that leaves the form (Cancel, Back…) and the submit button,
 * which shows `busyLabel` and is disabled while `busy`.
 */
export function FormActions({
  submit,
  busy,
  busyLabel,
  submitClassName,
  onCancel,
  cancelLabel = 'Cancel',
}: {
  submit: string;
  busy?: boolean;
  busyLabel?: string;
  /** The submit button's class: `primary`, `board-danger`, or none. */
  submitClassName?: string;
  onCancel?: () => void;
  cancelLabel?: string;
}) {
  return (
    <div className="form-actions">
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
      <button type="submit" className={submitClassName} disabled={busy}>
        {busy && busyLabel ? busyLabel : submit}
      </button>
    </div>
  );
}
