import type { Database } from 'better-sqlite3';

/**
 * One FTS5 row per application (rowid = application id) over the posting's title, company and text and
 * the application's notes. `remove_diacritics 2` makes "munchen" find "München"; the prefix index keeps
 * search-as-you-type cheap. Triggers keep it in step whatever code path writes, so no caller can forget.
 */
export function up(db: Database): void {
  /** (Re)builds the index rows of the applications matching `where`. */
  const indexRows = (where: string): string => `
      INSERT INTO search_index (rowid, title, company, body, notes)
        SELECT a.id, coalesce(p.title, ''), coalesce(p.company, ''), p.clean_text,
               coalesce((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.application_id = a.id), '')
        FROM applications a JOIN postings p ON p.id = a.posting_id WHERE ${where};`;
  const refresh = (idExpr: string): string =>
    `DELETE FROM search_index WHERE rowid = ${idExpr}; ${indexRows(`a.id = ${idExpr}`)}`;

  db.exec(`
    CREATE VIRTUAL TABLE search_index USING fts5(
      title, company, body, notes,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3 4'
    );

    CREATE TRIGGER search_app_insert AFTER INSERT ON applications BEGIN ${refresh('new.id')} END;
    CREATE TRIGGER search_app_posting AFTER UPDATE OF posting_id ON applications BEGIN ${refresh('new.id')} END;
    CREATE TRIGGER search_app_delete AFTER DELETE ON applications BEGIN
      DELETE FROM search_index WHERE rowid = old.id;
    END;
    CREATE TRIGGER search_posting_update AFTER UPDATE OF title, company, clean_text ON postings BEGIN
      DELETE FROM search_index WHERE rowid IN (SELECT id FROM applications WHERE posting_id = new.id);
      ${indexRows('a.posting_id = new.id')}
    END;
    CREATE TRIGGER search_note_insert AFTER INSERT ON notes BEGIN ${refresh('new.application_id')} END;
    CREATE TRIGGER search_note_update AFTER UPDATE ON notes BEGIN ${refresh('new.application_id')} END;
    CREATE TRIGGER search_note_delete AFTER DELETE ON notes BEGIN ${refresh('old.application_id')} END;

    ${indexRows('1')}
  `);
}
