import { call } from '../api-client';
import { useLoad } from '../hooks';

export function SettingsView() {
  const stages = useLoad(() => call('stages.list', {}), [], ['stages']);
  return (
    <div>
      <div className="toolbar">
        <h1>Settings</h1>
      </div>
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
      <p className="muted">Pursuit follows your system's light or dark setting. All data stays on this computer.</p>
    </div>
  );
}
