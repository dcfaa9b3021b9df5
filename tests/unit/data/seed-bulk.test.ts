// The demo seed writes each chunk as one transaction with no savepoint per store call (a savepoint per call
// made SQLite copy pages to a sub-journal at every one, about a quarter of a large seed), with statement
// journals kept in memory (they spilled to a temporary file: a tenth of it in write calls).
import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../electron/core/seed';
import { addNote } from '../../../electron/core/store/notes';
import { withoutSavepoints, writeTransaction } from '../../../electron/core/store/db';
import { addApp, memoryDb } from '../helpers';

const NOW = new Date('2027-02-20T09:00:00.000Z');

describe('seed in bulk', () => {
  it('writes 200 applications through a handful of transactions, not one savepoint per store call', () => {
    const db = memoryDb();
    const transaction = db.transaction.bind(db);
    let opened = 0;
    db.transaction = ((fn: Parameters<typeof transaction>[0]) => {
      opened++;
      return transaction(fn);
    }) as typeof db.transaction;
    expect(seedDemoData(db, { count: 200, seed: 4, now: NOW })).toEqual({ created: 200 });
    // writeInChunks builds its chunk transaction once; every store call inside writes straight into it.
    expect(opened).toBe(1);
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM applications) AS apps, (SELECT count(*) FROM postings) AS postings,
                (SELECT count(*) FROM search_index WHERE search_index MATCH 'engineer') >= 1 AS searchable`,
      )
      .get();
    expect(counts).toEqual({ apps: 200, postings: 200, searchable: 1 });
  });

  it('keeps statement journals in memory while it writes, and gives the connection its setting back', () => {
    const db = memoryDb();
    db.pragma('temp_store = FILE');
    const during: unknown[] = [];
    seedDemoData(db, { count: 20, seed: 4, now: NOW, onProgress: () => during.push(db.pragma('temp_store', { simple: true })) });
    expect(during.length).toBeGreaterThan(0);
    // 2 = MEMORY: no journal spills to a temporary file; 1 = FILE, as the caller had it.
    expect(new Set(during)).toEqual(new Set([2]));
    expect(db.pragma('temp_store', { simple: true })).toBe(1);
  });

  it('a store call inside withoutSavepoints joins the caller’s transaction; outside, it still rolls back alone', () => {
    const db = memoryDb();
    const app = addApp(db, { title: 'Engineer', company: 'Globex' });
    const notes = () => (db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;
    const failingNote = () =>
      writeTransaction(db, () => {
        addNote(db, app.id, 'written before the failure', NOW.toISOString());
        throw new Error('stop');
      });

    // Normal writes: the failing inner write is undone by its savepoint, the outer one commits the rest.
    writeTransaction(db, () => {
      addNote(db, app.id, 'kept', NOW.toISOString());
      expect(failingNote).toThrow('stop');
    });
    expect(notes()).toBe(1);

    // Bulk writes: no savepoint, so the caller's transaction (here: the whole chunk) is what rolls back.
    expect(() =>
      withoutSavepoints(db, () =>
        writeTransaction(db, () => {
          addNote(db, app.id, 'part of the chunk', NOW.toISOString());
          failingNote();
        }),
      ),
    ).toThrow('stop');
    expect(notes()).toBe(1);
    // Once it returns, savepoints are back.
    writeTransaction(db, () => expect(failingNote).toThrow('stop'));
    expect(notes()).toBe(1);
  });
});
