import { useState } from 'react';
import type { BadDate, BadDateField } from '../../../shared/api-system';
import { useApi } from '../query';
import { useNavigation } from '../navigation';

const FIELD_LABEL: Record<BadDateField, string> = {
  deadline: 'deadline',
  postedAt: 'posted date',
  dateSaved: 'saved date',
  dateApplied: 'applied date',
  lastActivityAt: 'last activity',
  eventDay: 'event day',
  eventStart: 'event start',
};

/** Applications by id, each with the dates that need fixing. */
function byApplication(rows: BadDate[]): { id: number; title: string; company: string; what: string[] }[] {
  const apps = new Map<number, { id: number; title: string; company: string; what: string[] }>();
  for (const r of rows) {
    const app = apps.get(r.applicationId) ?? { id: r.applicationId, title: r.title, company: r.company, what: [] };
    app.what.push(`${FIELD_LABEL[r.field]} "${r.value}"`);
    apps.set(r.applicationId, app);
  }
  return [...apps.values()];
}

/**
 * Shown when stored dates are not real ones (a database written by an older build, or edited by hand):
 * Pursuit keeps working and skips them in reminders and exports; this says which applications need a date
 * fixed and opens each one, where the detail form shows the bad value and takes the right one.
 */
export function DateFixBanner() {
  // The same cached answer as the recovery notice's: system.status is asked once for both.
  const status = useApi('system.status', {});
  const nav = useNavigation();
  const [open, setOpen] = useState(false);
  const bad = status.data?.badDates;
  if (!bad || bad.count === 0) return null;
  const apps = byApplication(bad.rows);
  const heading = `${bad.count} application${bad.count === 1 ? ' has a date' : 's have a date'} that needs fixing`;
  return (
    <section className="recovery-banner" role="status" aria-label="Dates that need fixing">
      <p className="recovery-banner-message">{heading}. Reminders and calendar exports leave them out until then.</p>
      <div className="recovery-banner-actions">
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide the list' : 'Show which'}
        </button>
      </div>
      {open && (
        <ul className="date-fix-list">
          {apps.map((a) => (
            <li key={a.id}>
              <button type="button" className="link-button" onClick={() => nav.openApplication(a.id)}>
                Fix {a.title || 'Untitled posting'}
                {a.company ? ` at ${a.company}` : ''}
              </button>{' '}
              <span className="muted">({a.what.join(', ')})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
