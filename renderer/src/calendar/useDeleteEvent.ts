import { call, errorMessage } from '../api-client';
import { useNotify } from '../components/Toasts';

/** Deletes an event and says so in a toast whose Undo brings it back; a failure is an error toast. */
export function useDeleteEvent(): (id: number, message: string) => Promise<void> {
  const notify = useNotify();
  const failed = (err: unknown) => notify({ kind: 'error', message: errorMessage(err) });
  return async (id, message) => {
    try {
      const { restore } = await call('events.delete', { id });
      notify({
        kind: 'info',
        message,
        action: { label: 'Undo', run: () => void call('events.create', restore).catch(failed) },
      });
    } catch (err) {
      failed(err);
    }
  };
}
