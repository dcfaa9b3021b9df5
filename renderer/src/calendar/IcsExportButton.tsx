import { call, errorMessage } from '../api-client';
import { useNotify } from '../components/Toasts';

/** Saves every event as an .ics file that any calendar app can import (importing it again updates, not doubles). */
export function IcsExportButton() {
  const notify = useNotify();
  async function exportIcs() {
    try {
      const { fileName, content } = await call('calendar.exportIcs', {});
      const url = URL.createObjectURL(new Blob([content], { type: 'text/calendar;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      notify({
        kind: 'info',
        message: `Saved ${fileName}. Import it in your calendar app; importing a newer one updates the same events.`,
      });
    } catch (err) {
      notify({ kind: 'error', message: errorMessage(err) });
    }
  }
  return (
    <button type="button" onClick={() => void exportIcs()}>
      Export .ics
    </button>
  );
}
