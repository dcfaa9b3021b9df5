import { DataSettings } from '../settings/DataSettings';
import { RemindersSettings } from '../settings/RemindersSettings';
import { StagesSettings } from '../settings/StagesSettings';

export function SettingsView() {
  return (
    <div className="settings">
      <div className="toolbar">
        <h1>Settings</h1>
      </div>
      <StagesSettings />
      <RemindersSettings />
      <DataSettings />
      <p className="muted">Pursuit follows your system's light or dark setting. All data stays on this computer.</p>
    </div>
  );
}
