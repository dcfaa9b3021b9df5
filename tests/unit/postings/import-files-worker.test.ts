import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import type { ProgressEvent } from '../../../shared/api-system';
import { tempDir } from '../helpers';

// Issue 10, item 5: a batch of posting files is parsed and saved in a worker thread (the host and the window keep
// answering meanwhile), with progress events. The real worker runs; the mock only records which tasks went to it.
const ran = vi.hoisted(() => [] as string[]);
vi.mock('../../../electron/core/worker/run-in-worker', async (importOriginal) =>
  (await import('../data/worker-tasks')).recordingWorker(await importOriginal(), ran),
);

const POSTINGS = path.resolve(__dirname, '..', '..', 'fixtures', 'postings');
const file = (name: string) => ({ name, base64: fs.readFileSync(path.join(POSTINGS, name)).toString('base64') });
const BATCH = [
  file('ml-engineer.txt'),
  file('support-analyst.txt'),
  file('data-engineer.html'),
  { name: 'empty.txt', base64: '' },
];

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
  ran.length = 0;
});

async function importBatch(c: Core) {
  const progress: ProgressEvent[] = [];
  c.onProgress((e) => progress.push(e));
  const res = await c.call('postings.importFiles', { files: BATCH });
  if (!res.ok) throw new Error(res.error.message);
  return { outcomes: res.value as { name: string; status: string }[], progress };
}

describe('postings.importFiles', () => {
  it('with a data folder, runs in a worker thread, reports progress, and the app sees the saved postings at once', async () => {
    core = createCore({ dataDir: tempDir() });
    const { outcomes, progress } = await importBatch(core);
    expect(ran).toEqual(['postings.importFiles']);
    expect(outcomes.map((o) => [o.name, o.status])).toEqual([
      ['ml-engineer.txt', 'saved'],
      ['support-analyst.txt', 'saved'],
      ['data-engineer.html', 'saved'],
      ['empty.txt', 'error'],
    ]);
    expect(progress.at(-1)).toMatchObject({ method: 'postings.importFiles', done: 4, total: 4 });
    // Written through the worker's own connection, read through the app's.
    const list = await core.call('applications.list', {});
    expect(list.ok && (list.value as unknown[]).length).toBe(3);
    // A second run finds them as duplicates, on the worker's side too.
    const again = await importBatch(core);
    expect(again.outcomes.slice(0, 3).map((o) => o.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
  }, 60_000);

  it('without a data folder (in-memory database), imports inline with the same outcomes', async () => {
    core = createCore({});
    const { outcomes, progress } = await importBatch(core);
    expect(ran).toEqual([]);
    expect(outcomes.map((o) => o.status)).toEqual(['saved', 'saved', 'saved', 'error']);
    expect(progress.at(-1)).toMatchObject({ method: 'postings.importFiles', done: 4, total: 4 });
  });

  it('refuses a call with no files or too many, saying what to change', async () => {
    core = createCore({});
    const none = await core.call('postings.importFiles', { files: [] });
    expect(none.ok ? '' : none.error.message).toMatch(/at least one file/);
    const many = await core.call('postings.importFiles', { files: Array.from({ length: 26 }, () => BATCH[0]) });
    expect(many.ok ? '' : many.error.message).toMatch(/at most 25 files/);
  });
});
