import type { ExportSettings } from '../../../shared/api-data';
import type { Db } from '../store/db';
import { getSetting, setSetting } from '../store/settings';

const KEY = 'exports';

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = { candidateName: '', icsFollowUps: 'event' };

/**
 * Stored settings over the defaults. The stored value is checked field by field (it may come from a restored
 * backup or an older build): anything unexpected falls back to the default rather than reaching a report.
 */
export function getExportSettings(db: Db): ExportSettings {
  const stored = getSetting<Partial<Record<keyof ExportSettings, unknown>> | null>(db, KEY, {}) ?? {};
  const name = typeof stored.candidateName === 'string' ? stored.candidateName.trim().slice(0, 120) : '';
  return {
    candidateName: name,
    icsFollowUps: stored.icsFollowUps === 'todo' ? 'todo' : DEFAULT_EXPORT_SETTINGS.icsFollowUps,
  };
}

export function updateExportSettings(db: Db, patch: Partial<ExportSettings>): ExportSettings {
  const next = { ...getExportSettings(db) };
  if (patch.candidateName !== undefined) next.candidateName = patch.candidateName.trim();
  if (patch.icsFollowUps !== undefined) next.icsFollowUps = patch.icsFollowUps;
  setSetting(db, KEY, next);
  return getExportSettings(db);
}
