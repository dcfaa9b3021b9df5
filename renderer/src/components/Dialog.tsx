import { useEffect, useRef, type ReactNode, type SyntheticEvent } from 'react';

/** A modal built on <dialog>: the browser traps focus, Escape asks to close, and the title names it. */
export function Dialog({
  title,
  open,
  onClose,
  children,
  wide,
  role,
}: {
  title: string;
  open: boolean;
  /** Asked to close (Escape, ×): the owner decides, by setting `open`. */
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  /** `alertdialog` for a question that needs an answer before anything else (e.g. "Discard changes?"). */
  role?: 'alertdialog';
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // After every render, not only when `open` changes: if the browser closed the dialog itself (Chromium lets
  // a second Escape through uncancelled) while the owner keeps it open, it is shown again.
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  });
  // React passes `close` and `cancel` up through the component tree although the browser does not bubble
  // them: a dialog opened inside another (an event from the application's detail) would close its parent too.
  const own = (e: SyntheticEvent) => e.target === e.currentTarget;
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-label={title}
      role={role}
      onClose={(e) => {
        if (own(e) && open) onClose();
      }}
      onCancel={(e) => {
        if (!own(e)) return;
        // The owner closes it by state (it may first ask about unsaved changes).
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <header className="dialog-header">
            <h2>{title}</h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </header>
          {children}
        </>
      )}
    </dialog>
  );
}
