import { useEffect, useState } from 'react';
import { AddPostingDialog } from '../postings/AddPostingDialog';

/** "Add posting" (Ctrl/Cmd+N): paste, pick or drop a posting, review the fields read from it, save. */
export function AddPostingButton() {
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<File[] | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        setOpen(true);
      }
    };
    // Files dropped anywhere on the window open the importer (and never navigate the window away).
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      e.preventDefault();
      setDropped(files);
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-keyshortcuts="Control+N Meta+N">
        Add posting
      </button>
      <AddPostingDialog
        open={open}
        initialFiles={dropped}
        onClose={() => {
          setOpen(false);
          setDropped(null);
        }}
      />
    </>
  );
}
