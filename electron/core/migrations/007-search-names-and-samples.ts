import type { Database } from 'better-sqlite3';

/**
 * Issue 12: search that finds tags and forgives a typo, a sortable Postings table, and sample data that can
 * be taken out again.
 *
 * - `search_index` gains a `tags` column (FTS5 cannot add one in place, so it is rebuilt), and tags changes
 *   re-index their application through triggers like every other source of the index.
 * - `search_names` indexes only what typos are forgiven in (title, company, tags). Its vocabulary, read
 *   through `search_names_vocab`, is small (the words of job titles, company names and tags, not of posting
 *   texts), so a misspelt word is compared with every word there in a few milliseconds (store/search-fuzzy.ts).
 *   `detail=none` keeps it small: only which application holds a word is needed.
 * - `sample_applications` marks what "Load sample data" added, so "Remove sample data" removes exactly that.
 *   A mark goes with its application (ON DELETE CASCADE), so a reused id never inherits it.
 * - Indexes on the posting fields the Postings table sorts by, empty values last (store/board-pages.ts): a
 *   page of 100,000 sorted rows is read in index order, never by sorting them all (posting rows are large:
 *   their texts come first, so even reading a title from each would cost seconds).
 */
export function up(db: Database): void {
  const tagsOf = (idExpr: string): string =>
    `coalesce((SELECT group_concat(t.name, ' ') FROM application_tags at JOIN tags t ON t.id = at.tag_id
       WHERE at.application_id = ${idExpr}), '')`;
  /** (Re)builds both index rows of the applications matching `where`. */
  const indexRows = (where: string): string => `
      INSERT INTO search_index (rowid, title, company, tags, body, notes)
        SELECT a.id, coalesce(p.title, ''), coalesce(p.company, ''), ${tagsOf('a.id')}, p.clean_text,
               coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.application_id = a.id), '')
        FROM applications a JOIN postings p ON p.id = a.posting_id WHERE ${where};
      INSERT INTO search_names (rowid, title, company, tags)
        SELECT a.id, coalesce(p.title, ''), coalesce(p.company, ''), ${tagsOf('a.id')}
        FROM applications a JOIN postings p ON p.id = a.posting_id WHERE ${where};`;
  const unindex = (where: string): string =>
    `DELETE FROM search_index WHERE rowid IN (${where}); DELETE FROM search_names WHERE rowid IN (${where});`;
  const refresh = (idExpr: string): string => `${unindex(`SELECT ${idExpr}`)} ${indexRows(`a.id = ${idExpr}`)}`;

  db.exec(`
    DROP TRIGGER search_app_insert;
    DROP TRIGGER search_app_posting;
    DROP TRIGGER search_app_delete;
    DROP TRIGGER search_posting_update;
    DROP TRIGGER search_note_insert;
    DROP TRIGGER search_note_update;
    DROP TRIGGER search_note_delete;
    DROP TABLE search_index;

    CREATE VIRTUAL TABLE search_index USING fts5(
      title, company, tags, body, notes,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3 4'
    );
    CREATE VIRTUAL TABLE search_names USING fts5(
      title, company, tags,
      tokenize = 'unicode61 remove_diacritics 2',
      detail = none
    );
    CREATE VIRTUAL TABLE search_names_vocab USING fts5vocab(search_names, 'row');

    CREATE TRIGGER search_app_insert AFTER INSERT ON applications BEGIN ${refresh('new.id')} END;
    CREATE TRIGGER search_app_posting AFTER UPDATE OF posting_id ON applications BEGIN ${refresh('new.id')} END;
    CREATE TRIGGER search_app_delete AFTER DELETE ON applications BEGIN ${unindex('SELECT old.id')} END;
    CREATE TRIGGER search_posting_update AFTER UPDATE OF title, company, clean_text ON postings BEGIN
      ${unindex('SELECT id FROM applications WHERE posting_id = new.id')}
      ${indexRows('a.posting_id = new.id')}
    END;
    CREATE TRIGGER search_note_insert AFTER INSERT ON notes BEGIN ${refresh('new.application_id')} END;
    CREATE TRIGGER search_note_update AFTER UPDATE ON notes BEGIN ${refresh('new.application_id')} END;
    CREATE TRIGGER search_note_delete AFTER DELETE ON notes BEGIN ${refresh('old.application_id')} END;
    CREATE TRIGGER search_tag_insert AFTER INSERT ON application_tags BEGIN ${refresh('new.application_id')} END;
    CREATE TRIGGER search_tag_delete AFTER DELETE ON application_tags BEGIN ${refresh('old.application_id')} END;
    CREATE TRIGGER search_tag_rename AFTER UPDATE OF name ON tags BEGIN
      ${unindex('SELECT application_id FROM application_tags WHERE tag_id = new.id')}
      ${indexRows('a.id IN (SELECT application_id FROM application_tags WHERE tag_id = new.id)')}
    END;

    ${indexRows('1')}

    CREATE TABLE sample_applications (
      application_id INTEGER PRIMARY KEY REFERENCES applications(id) ON DELETE CASCADE
    );

    -- (posting_id, archived) answers the walk's per-posting question from the index alone.
    DROP INDEX applications_posting;
    CREATE INDEX applications_posting ON applications(posting_id, archived);
    CREATE INDEX postings_sort_title ON postings(title IS NULL, title COLLATE NOCASE);
    CREATE INDEX postings_sort_company ON postings(company IS NULL, company COLLATE NOCASE);
    CREATE INDEX postings_sort_location ON postings(location IS NULL, location COLLATE NOCASE);
    CREATE INDEX postings_sort_workplace ON postings(workplace IS NULL, workplace COLLATE NOCASE);
    CREATE INDEX postings_sort_deadline ON postings(deadline IS NULL, deadline COLLATE NOCASE);
  `);
}
