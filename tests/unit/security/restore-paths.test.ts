import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { backupNow } from '../../../electron/core/data/auto-backup';
import { jsonBackup, type BackupData } from '../../../electron/core/data/json-backup';
import { canRun, openAttachment, type ShellLike } from '../../../electron/shell/open-attachment';
import { tempDir } from '../helpers';

const SECRET = 'the candidate private key: do not leak';

async function ok<T>(core: Core, method: string, input: unknown): Promise<T> {
  const r = await core.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

/** A data folder with one application and one document, and a secret file beside (outside) the data folder. */
async function setup() {
  const root = tempDir();
  const dataDir = path.join(root, 'data');
  fs.mkdirSync(dataDir);
  const secret = path.join(root, 'secret.txt');
  fs.writeFileSync(secret, SECRET);
  const core = createCore({ dataDir });
  const app = await ok<{ id: number }>(core, 'applications.create', { title: 'Welder', company: 'Acme' });
  const doc = await ok<{ id: number }>(core, 'attachments.add', {
    applicationId: app.id,
    fileName: 'cv.pdf',
    source: { base64: Buffer.from('%PDF-1.4 my resume').toString('base64') },
  });
  const attachmentsDir = path.join(dataDir, 'attachments');
  return { root, dataDir, secret, core, app, doc, attachmentsDir };
}

/** Every file `attachments.read/open/delete` reached, for every document: none may be outside `folder`. */
async function reachable(core: Core, folder: string, secret: string) {
  const ids = (core.db.prepare('SELECT id FROM attachments').pluck().all() as number[]).sort();
  const reached: string[] = [];
  const real = fs.realpathSync(folder);
  for (const id of ids) {
    const read = await core.call('attachments.read', { id });
    if (read.ok) {
      const bytes = Buffer.from((read.value as { base64: string }).base64, 'base64').toString();
      if (bytes.includes(SECRET)) reached.push(`read #${id}: the secret`);
    }
    const open = await core.call('attachments.open', { id });
    if (open.ok) {
      const p = (open.value as { path: string }).path;
      if (path.dirname(fs.realpathSync(p)) !== real) reached.push(`open #${id}: ${p}`);
    }
  }
  for (const id of ids) await core.call('attachments.delete', { id });
  if (!fs.existsSync(secret)) reached.push('delete: removed the secret');
  return reached;
}

describe('a crafted JSON backup cannot reach files outside the data folder', () => {
  it('stored names with ../, absolute paths and NUL are replaced by generated names on restore', async () => {
    const { core, secret, attachmentsDir } = await setup();
    const backup = JSON.parse(jsonBackup(core.db, null).json) as BackupData;
    const row = backup.tables.attachments![0]!;
    const crafted = ['../../secret.txt', '../../../../etc/passwd', secret, '/etc/passwd', 'x\0../../secret.txt', '..', '.'];
    backup.tables.attachments = crafted.map((stored_name, i) => ({ ...row, id: 100 + i, stored_name }));
    const r = await core.call('data.restore', { source: { json: JSON.stringify(backup) }, replace: true });
    expect(r.ok).toBe(true);
    const names = core.db.prepare('SELECT stored_name FROM attachments').pluck().all() as string[];
    expect(names).toHaveLength(crafted.length);
    for (const n of names) expect(n).toMatch(/^[0-9a-f-]{36}\.pdf$/);
    expect(await reachable(core, attachmentsDir, secret)).toEqual([]);
    expect(fs.readFileSync(secret, 'utf8')).toBe(SECRET);
    core.close();
  });

  it('a document restored from an older backup keeps its file when that file is inside the folder', async () => {
    const { core, doc } = await setup();
    const json = jsonBackup(core.db, null).json;
    await ok(core, 'data.restore', { source: { json }, replace: true });
    const read = await ok<{ base64: string }>(core, 'attachments.read', { id: doc.id });
    expect(Buffer.from(read.base64, 'base64').toString()).toBe('%PDF-1.4 my resume');
    core.close();
  });

  it.each([
    ['contacts', { profile_url: 'javascript:alert(document.cookie)' }, /contacts table, row 1: profile_url is not a web address/],
    ['postings', { url: 'file:///etc/passwd' }, /postings table, row 1: url is not a web address/],
    ['postings', { deadline: '2026-02-30' }, /postings table, row 1: deadline Use a real date/],
    ['applications', { date_saved: '0000-00-00' }, /applications table, row 1: date_saved Use a real date/],
    ['attachments', { file_name: 'cv\0.pdf' }, /attachments table, row 1: file_name contains a NUL/],
    ['attachments', { file_name: 'x'.repeat(300) }, /attachments table, row 1: file_name is longer than 255/],
    ['events', { url: 'data:text/html,<script>alert(1)</script>' }, /events table, row 1: url is not a web address/],
  ])('refuses a backup whose %s row has %o, and changes nothing', async (table, patch, message) => {
    const { core, app } = await setup();
    await ok(core, 'contacts.add', { applicationId: app.id, name: 'Ana', profileUrl: 'https://example.com/ana' });
    await ok(core, 'events.create', { applicationId: app.id, kind: 'other', allDay: true, day: '2030-01-01' });
    const backup = JSON.parse(jsonBackup(core.db, null).json) as BackupData;
    backup.tables[table]![0] = { ...backup.tables[table]![0], ...patch };
    await ok(core, 'applications.create', { title: 'Saved after the backup', company: 'Beta' });
    const r = await core.call('data.restore', { source: { json: JSON.stringify(backup) }, replace: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(message) } });
    expect((await ok<{ title: string }[]>(core, 'applications.list', {})).map((a) => a.title).sort()).toEqual([
      'Saved after the backup',
      'Welder',
    ]);
    core.close();
  });

  it('refuses a SQLite backup with an impossible date written into it by hand', async () => {
    const { core, dataDir } = await setup();
    const file = await backupNow(core.db, dataDir);
    const full = path.join(dataDir, 'backups', file.name);
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(full);
    raw.exec("UPDATE postings SET deadline = '0000-00-00'");
    raw.close();
    const r = await core.call('data.restore', { source: { backup: file.name }, replace: true });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringMatching(/deadline Use a real date/) },
    });
    core.close();
  });
});

describe('a link inside the attachments folder', () => {
  it('pointing outside is refused by read and open, and delete removes only the link', async () => {
    const { core, doc, secret, attachmentsDir } = await setup();
    const stored = core.db.prepare('SELECT stored_name FROM attachments WHERE id = ?').pluck().get(doc.id) as string;
    const link = path.join(attachmentsDir, stored);
    fs.rmSync(link);
    fs.symlinkSync(secret, link);
    for (const method of ['attachments.read', 'attachments.open']) {
      const r = await core.call(method, { id: doc.id });
      expect(r, method).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT', message: expect.stringMatching(/not inside Pursuit's attachments folder/) },
      });
    }
    await ok(core, 'attachments.delete', { id: doc.id });
    expect(fs.existsSync(link)).toBe(false);
    expect(fs.readFileSync(secret, 'utf8')).toBe(SECRET);
    core.close();
  });
});

describe('the desktop shell opens only stored files, and reveals what could run', () => {
  function fakeShell() {
    const calls: string[] = [];
    const shell: ShellLike = {
      openPath: (f) => {
        calls.push(`open ${path.basename(f)}`);
        return Promise.resolve('');
      },
      showItemInFolder: (f) => void calls.push(`reveal ${path.basename(f)}`),
    };
    return { shell, calls };
  }

  it('opens a document, reveals programs, scripts, shortcuts and pages, refuses anything outside', async () => {
    const root = tempDir();
    const folder = path.join(root, 'attachments');
    fs.mkdirSync(folder);
    const outsideFile = path.join(root, 'outside.pdf');
    fs.writeFileSync(outsideFile, 'x');
    const names = [
      'cv.pdf',
      'letter.docx',
      'setup.exe',
      'run.sh',
      'app.desktop',
      'page.html',
      'logo.svg',
      'x.lnk',
      'noext',
      'a.JS',
    ];
    for (const n of names) fs.writeFileSync(path.join(folder, n), 'x');
    fs.symlinkSync(outsideFile, path.join(folder, 'link.pdf'));
    fs.writeFileSync(path.join(folder, 'tool.pdf'), 'x', { mode: 0o755 });
    const { shell, calls } = fakeShell();
    const outcomes: Record<string, string> = {};
    for (const n of [...names, 'link.pdf', 'tool.pdf', '../outside.pdf'])
      outcomes[n] = (await openAttachment(shell, path.join(folder, n), folder)).action;
    expect(outcomes).toEqual({
      'cv.pdf': 'opened',
      'letter.docx': 'opened',
      'setup.exe': 'revealed',
      'run.sh': 'revealed',
      'app.desktop': 'revealed',
      'page.html': 'revealed',
      'logo.svg': 'revealed',
      'x.lnk': 'revealed',
      noext: 'revealed',
      'a.JS': 'revealed',
      'link.pdf': 'refused',
      'tool.pdf': process.platform === 'win32' ? 'opened' : 'revealed',
      '../outside.pdf': 'refused',
    });
    expect(calls.filter((c) => c.startsWith('open'))).toEqual(['open cv.pdf', 'open letter.docx']);
    expect(canRun('x.ps1')).toBe(true);
    expect(canRun('x.bat')).toBe(true);
    expect(canRun('x.command')).toBe(true);
    expect(canRun('x.jar')).toBe(true);
    expect(canRun('x.msi')).toBe(true);
    expect(canRun('x.app')).toBe(true);
    expect(canRun('resume.pdf')).toBe(false);
  });
});
