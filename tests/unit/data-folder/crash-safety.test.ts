import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { ROOT } from '../serve-process';

/**
 * Crash safety: a child process writes through the real core as fast as it can and is killed with SIGKILL
 * at a random moment, over and over, on the same data folder. After every kill the database must pass
 * SQLite's full integrity check and hold every write the child reported as done; a batch import must be
 * all there or not at all. Figures are printed at the end.
 */

const KILLS = 24;
const seed = Number(process.env.PURSUIT_CRASH_SEED ?? Date.now() % 1_000_000);
let writerBundle = '';

beforeAll(async () => {
  // One bundle, so each child starts in a fraction of a second instead of compiling TypeScript every time.
  const out = tempDir('pursuit-crash-bundle-');
  writerBundle = path.join(out, 'crash-writer.cjs');
  await build({
    entryPoints: [path.join(__dirname, 'crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: writerBundle,
    external: ['better-sqlite3'],
    logLevel: 'error',
  });
}, 60_000);

let prng = seed >>> 0 || 1;
function random(): number {
  prng = (prng + 0x6d2b79f5) >>> 0;
  let t = prng;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

interface RunLog {
  lines: string[];
  stderr: string;
  signal: NodeJS.Signals | null;
  code: number | null;
}

/** Starts the writer and kills it `delayMs` after it opened the database (or after spawn, if `early`). */
function runAndKill(dataDir: string, run: number, delayMs: number, early: boolean): Promise<RunLog> {
  const child = spawn(process.execPath, [writerBundle, dataDir, String(run), String(seed + run)], {
    cwd: ROOT,
    env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let stderr = '';
  let armed = false;
  const arm = () => {
    if (armed) return;
    armed = true;
    setTimeout(() => child.kill('SIGKILL'), delayMs);
  };
  if (early) arm();
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.startsWith('ready\n')) arm();
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      // A line cut off by the kill is not a complete report: only whole lines count.
      const lines = out.split('\n');
      lines.pop();
      resolve({ lines, stderr, signal, code });
    }),
  );
}

interface Expectations {
  apps: Map<number, string>;
  notes: Map<number, number>;
  /** Per application: the last acknowledged location, plus any attempted after it (one may have landed unreported). */
  locations: Map<number, { acked: string | null; later: string[] }>;
  seedsAcked: number;
  seedsTried: number;
}

function record(exp: Expectations, lines: string[]): number {
  let acks = 0;
  const pendingLocation = new Map<number, string>();
  for (const line of lines) {
    const [kind, what, ...rest] = line.split(' ');
    if (kind === 'try' && what === 'seed') exp.seedsTried++;
    if (kind === 'try' && what === 'upd') {
      const id = Number(rest[0]);
      const value = rest.slice(1).join(' ');
      pendingLocation.set(id, value);
      const loc = exp.locations.get(id) ?? { acked: null, later: [] };
      loc.later.push(value);
      exp.locations.set(id, loc);
    }
    if (kind !== 'ack') continue;
    acks++;
    if (what === 'app') exp.apps.set(Number(rest[0]), rest[1]!);
    if (what === 'note') exp.notes.set(Number(rest[0]), Number(rest[1]));
    if (what === 'seed') exp.seedsAcked++;
    if (what === 'upd') {
      const id = Number(rest[0]);
      exp.locations.set(id, { acked: rest.slice(1).join(' '), later: [] });
    }
  }
  return acks;
}

function verify(dbFile: string, exp: Expectations): { integrity: string; apps: number } {
  const db = new Database(dbFile);
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    expect(integrity).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const rows = db
      .prepare('SELECT a.id, p.title, p.company, p.location FROM applications a JOIN postings p ON p.id = a.posting_id')
      .all() as { id: number; title: string; company: string; location: string | null }[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const [id, title] of exp.apps) expect(byId.get(id)?.title, `acknowledged application ${id}`).toBe(title);
    const noteIds = new Set(
      (db.prepare('SELECT id, application_id FROM notes').all() as { id: number; application_id: number }[]).map(
        (n) => `${n.id}:${n.application_id}`,
      ),
    );
    for (const [id, appId] of exp.notes) expect(noteIds.has(`${id}:${appId}`), `acknowledged note ${id}`).toBe(true);
    for (const [id, loc] of exp.locations) {
      if (loc.acked === null && loc.later.length === 0) continue;
      const allowed = [
        ...(loc.acked === null ? [`run ${exp.apps.get(id) ? exp.apps.get(id)!.split('-')[1] : ''}`] : [loc.acked]),
        ...loc.later,
      ];
      expect(allowed, `location of application ${id}`).toContain(byId.get(id)?.location);
    }
    // A batch import is one transaction: whole batches only, at least every acknowledged one.
    const seeded = rows.filter((r) => r.company !== 'Crash Test Co').length;
    expect(seeded % 25, 'seeded applications come in whole batches of 25').toBe(0);
    expect(seeded / 25).toBeGreaterThanOrEqual(exp.seedsAcked);
    expect(seeded / 25).toBeLessThanOrEqual(exp.seedsTried);
    return { integrity, apps: rows.length };
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged write and a sound file through ${KILLS} SIGKILLs at random moments`, async () => {
    const dataDir = tempDir('pursuit-crash-');
    const dbFile = path.join(dataDir, 'pursuit.db');
    const exp: Expectations = { apps: new Map(), notes: new Map(), locations: new Map(), seedsAcked: 0, seedsTried: 0 };
    let totalAcks = 0;
    let killedMidWrite = 0;
    let killedBeforeReady = 0;
    let checks = 0;
    const started = Date.now();
    for (let run = 0; run < KILLS; run++) {
      // Mostly mid-burst; sometimes while the database is still being opened (migrations, WAL recovery).
      const early = run === 0 || random() < 0.15;
      const delay = early ? Math.floor(random() * 250) : Math.floor(random() * 400);
      const log = await runAndKill(dataDir, run, delay, early);
      expect(log.stderr, `writer error in run ${run} (seed ${seed})`).toBe('');
      expect(log.signal, `run ${run} was killed, not finished`).toBe('SIGKILL');
      if (!log.lines.includes('ready')) killedBeforeReady++;
      if (log.lines.at(-1)?.startsWith('try ')) killedMidWrite++;
      totalAcks += record(exp, log.lines);
      if (fs.existsSync(dbFile)) {
        verify(dbFile, exp);
        checks++;
      }
      // A crash is never mistaken for damage: nothing was ever moved aside.
      expect(fs.readdirSync(dataDir).filter((f) => f.includes('damaged'))).toEqual([]);
    }
    const final = verify(dbFile, exp);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `[crash-safety] seed ${seed}: ${KILLS} SIGKILLs survived (${killedMidWrite} with a write in flight, ${killedBeforeReady} while opening); ` +
        `${checks} integrity checks ok; ${totalAcks} acknowledged writes all present ` +
        `(${exp.apps.size} applications, ${exp.notes.size} notes, ${[...exp.locations.values()].filter((l) => l.acked).length} updates, ` +
        `${exp.seedsAcked} batch imports of 25); ${final.apps} applications in the file; ${seconds}s`,
    );
    expect(KILLS).toBeGreaterThanOrEqual(20);
    expect(totalAcks).toBeGreaterThan(0);
  }, 120_000);
});
