import { call } from '../api-client';
import { useLoad } from '../hooks';

/** Settings section: the stages of the board. */
export function StagesSettings() {
  const stages = useLoad(() => call('stages.list', {}), [], ['stages']);
  return (
    <section aria-labelledby="settings-stages">
      <h2 id="settings-stages">Stages</h2>
      <ol>
        {(stages.data ?? []).map((s) => (
          <li key={s.id}>
            {s.name}
            {s.isClosed ? ' (closed)' : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
