import type { Database } from 'better-sqlite3';

/**
 * The domain model every later feature fills in. Instants are ISO-8601 UTC strings, calendar days are
 * `YYYY-MM-DD`, lists that are only ever read whole (skills, requirements) are JSON arrays.
 * Title, company and the other posting fields live on `postings` only; an application created by hand
 * gets an empty posting, so there is one place to edit them.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE stages (
      id         INTEGER PRIMARY KEY,
      name       TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
      position   INTEGER NOT NULL,
      is_closed  INTEGER NOT NULL DEFAULT 0 CHECK (is_closed IN (0, 1)),
      created_at TEXT    NOT NULL
    );

    CREATE TABLE postings (
      id               INTEGER PRIMARY KEY,
      original_text    TEXT NOT NULL DEFAULT '',
      clean_text       TEXT NOT NULL DEFAULT '',
      format           TEXT NOT NULL DEFAULT 'manual'
                       CHECK (format IN ('manual', 'text', 'html', 'eml', 'json', 'csv')),
      source_name      TEXT,
      title            TEXT,
      company          TEXT,
      location         TEXT,
      workplace        TEXT CHECK (workplace IN ('onsite', 'hybrid', 'remote')),
      employment_type  TEXT CHECK (employment_type IN ('full-time', 'part-time', 'contract', 'temporary', 'internship')),
      salary_min       REAL,
      salary_max       REAL,
      salary_currency  TEXT,
      salary_period    TEXT CHECK (salary_period IN ('hour', 'day', 'week', 'month', 'year')),
      posted_at        TEXT,
      deadline         TEXT,
      url              TEXT,
      email            TEXT,
      skills           TEXT NOT NULL DEFAULT '[]',
      requirements     TEXT NOT NULL DEFAULT '[]',
      language         TEXT,
      content_hash     TEXT NOT NULL,
      created_at       TEXT NOT NULL,
      updated_at       TEXT NOT NULL
    );
    CREATE INDEX postings_url ON postings(url) WHERE url IS NOT NULL;
    CREATE INDEX postings_hash ON postings(content_hash);
    CREATE INDEX postings_company ON postings(company COLLATE NOCASE);

    CREATE TABLE applications (
      id               INTEGER PRIMARY KEY,
      posting_id       INTEGER NOT NULL REFERENCES postings(id) ON DELETE RESTRICT,
      stage_id         INTEGER NOT NULL REFERENCES stages(id) ON DELETE RESTRICT,
      position         REAL    NOT NULL,
      date_saved       TEXT    NOT NULL,
      date_applied     TEXT,
      excitement       INTEGER CHECK (excitement BETWEEN 1 AND 5),
      archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
      created_at       TEXT    NOT NULL,
      updated_at       TEXT    NOT NULL,
      last_activity_at TEXT    NOT NULL
    );
    CREATE INDEX applications_board ON applications(archived, stage_id, position);
    CREATE INDEX applications_posting ON applications(posting_id);

    CREATE TABLE tags (
      id   INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE
    );
    CREATE TABLE application_tags (
      application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
      tag_id         INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      PRIMARY KEY (application_id, tag_id)
    ) WITHOUT ROWID;
    CREATE INDEX application_tags_tag ON application_tags(tag_id);

    CREATE TABLE stage_changes (
      id             INTEGER PRIMARY KEY,
      application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
      from_stage_id  INTEGER REFERENCES stages(id) ON DELETE SET NULL,
      to_stage_id    INTEGER REFERENCES stages(id) ON DELETE SET NULL,
      changed_at     TEXT NOT NULL
    );
    CREATE INDEX stage_changes_application ON stage_changes(application_id, changed_at);

    CREATE TABLE events (
      id               INTEGER PRIMARY KEY,
      application_id   INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
      kind             TEXT NOT NULL CHECK (kind IN ('deadline', 'interview', 'follow-up', 'offer-expiry', 'other')),
      title            TEXT NOT NULL DEFAULT '',
      all_day          INTEGER NOT NULL CHECK (all_day IN (0, 1)),
      day              TEXT,
      starts_at        TEXT,
      duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes > 0),
      location         TEXT,
      url              TEXT,
      round_name       TEXT,
      notes            TEXT NOT NULL DEFAULT '',
      created_at       TEXT NOT NULL,
      updated_at       TEXT NOT NULL,
      CHECK ((all_day = 1 AND day IS NOT NULL) OR (all_day = 0 AND starts_at IS NOT NULL))
    );
    CREATE INDEX events_application ON events(application_id);
    CREATE INDEX events_day ON events(day);
    CREATE INDEX events_starts_at ON events(starts_at);

    CREATE TABLE reminders (
      id             INTEGER PRIMARY KEY,
      event_id       INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      offset_minutes INTEGER NOT NULL,
      due_at         TEXT NOT NULL,
      delivered_at   TEXT,
      missed         INTEGER NOT NULL DEFAULT 0 CHECK (missed IN (0, 1)),
      snoozed_until  TEXT,
      dismissed_at   TEXT,
      created_at     TEXT NOT NULL
    );
    CREATE INDEX reminders_due ON reminders(due_at) WHERE dismissed_at IS NULL;
    CREATE INDEX reminders_event ON reminders(event_id);

    CREATE TABLE contacts (
      id             INTEGER PRIMARY KEY,
      application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
      name           TEXT NOT NULL,
      role           TEXT,
      email          TEXT,
      phone          TEXT,
      profile_url    TEXT,
      created_at     TEXT NOT NULL
    );
    CREATE INDEX contacts_application ON contacts(application_id);

    CREATE TABLE notes (
      id             INTEGER PRIMARY KEY,
      application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
      body           TEXT NOT NULL,
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL
    );
    CREATE INDEX notes_application ON notes(application_id, created_at);

    CREATE TABLE attachments (
      id             INTEGER PRIMARY KEY,
      application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
      file_name      TEXT NOT NULL,
      stored_name    TEXT NOT NULL UNIQUE,
      mime_type      TEXT,
      size_bytes     INTEGER NOT NULL,
      kind           TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('resume', 'cover-letter', 'other')),
      version_label  TEXT,
      created_at     TEXT NOT NULL
    );
    CREATE INDEX attachments_application ON attachments(application_id);

    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) WITHOUT ROWID;
  `);

  const now = new Date().toISOString();
  const insertStage = db.prepare('INSERT INTO stages (name, position, is_closed, created_at) VALUES (?, ?, ?, ?)');
  const defaults: [string, number][] = [
    ['Saved', 0],
    ['Applied', 0],
    ['Interviewing', 0],
    ['Offer', 0],
    ['Rejected', 1],
  ];
  defaults.forEach(([name, closed], i) => insertStage.run(name, i, closed, now));
}
