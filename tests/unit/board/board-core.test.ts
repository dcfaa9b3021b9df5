import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { openDatabase } from '../../../electron/core/store/db';
import { schemaVersion } from '../../../electron/core/migrations';
import { createClient } from '../../../shared/client';
import { storeAttachmentFile } from '../../../electron/core/store/attachments';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/api-details';
import { coreClient, tempDir } from '../helpers';
import { insertOldApplication } from '../store/old-rows';

const NOW = new Date('2027-03-10T09:00:00.000Z');

function setup(dataDir?: string) {
  const core = createCore({ dataDir, now: () => NOW });
  return { core, ...coreClient(core) };
}

async function stagesByName(call: ReturnType<typeof setup>['call']) {
  const stages = await call('stages.list', {});
  return Object.fromEntries(stages.map((s) => [s.name, s.id])) as Record<string, number>;
}

const titlesIn = async (call: ReturnType<typeof setup>['call'], stageId: number) =>
  (await call('applications.list', { stageId })).map((a) => a.title);

describe('board moves', () => {
  it('place puts a card before a named neighbour or at the end, even when the board is filtered', async () => {
    const { call, core } = setup();
    const s = await stagesByName(call);
    const c = await call('applications.create', { title: 'C', company: 'X' });
    const b = await call('applications.create', { title: 'B', company: 'X' });
    const a = await call('applications.create', { title: 'A', company: 'X' });
    expect(await titlesIn(call, s.Saved!)).toEqual(['A', 'B', 'C']);
    await call('applications.place', { id: a.id, stageId: s.Saved!, beforeId: null });
    expect(await titlesIn(call, s.Saved!)).toEqual(['B', 'C', 'A']);
    await call('applications.place', { id: a.id, stageId: s.Saved!, beforeId: c.id });
    expect(await titlesIn(call, s.Saved!)).toEqual(['B', 'A', 'C']);
    await call('applications.place', { id: c.id, stageId: s.Applied!, beforeId: null });
    await call('applications.place', { id: b.id, stageId: s.Applied!, beforeId: c.id });
    expect(await titlesIn(call, s.Applied!)).toEqual(['B', 'C']);
    core.close();
  });

  it('refuses a neighbour from another column with a message, and changes nothing', async () => {
    const { call, fail } = setup();
    const s = await stagesByName(call);
    const a = await call('applications.create', { title: 'A', company: 'X' });
    const b = await call('applications.create', { title: 'B', company: 'X' });
    const err = await fail('applications.place', { id: a.id, stageId: s.Applied!, beforeId: b.id });
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/board changed/);
    expect((await call('applications.get', { id: a.id })).stageId).toBe(s.Saved);
  });

  it('moving to Applied records history and fills an empty applied date, which stays editable', async () => {
    const { call } = setup();
    const s = await stagesByName(call);
    const a = await call('applications.create', { title: 'A', company: 'X' });
    const moved = await call('applications.place', { id: a.id, stageId: s.Applied!, beforeId: null });
    expect(moved.dateApplied).toBe('2027-03-10');
    const detail = await call('applications.get', { id: a.id });
    expect(detail.history.map((h) => [h.fromStageId, h.toStageId])).toEqual([
      [null, s.Saved],
      [s.Saved, s.Applied],
    ]);
    expect(detail.history[1]!.changedAt).toBe(NOW.toISOString());
    const backdated = await call('applications.update', { id: a.id, patch: { dateApplied: '2027-01-02' } });
    expect(backdated.dateApplied).toBe('2027-01-02');
    // Moving away and back again keeps the date the user set.
    await call('applications.move', { id: a.id, stageId: s.Interviewing!, index: 0 });
    await call('applications.move', { id: a.id, stageId: s.Applied!, index: 0 });
    expect((await call('applications.get', { id: a.id })).dateApplied).toBe('2027-01-02');
  });

  it('undoing a move puts the card back and leaves no trace in the history or the applied date', async () => {
    const { call } = setup();
    const s = await stagesByName(call);
    await call('applications.create', { title: 'B', company: 'X' });
    const a = await call('applications.create', { title: 'A', company: 'X' });
    const before = await call('applications.get', { id: a.id });
    await call('applications.place', { id: a.id, stageId: s.Applied!, beforeId: null });
    await call('applications.undoMove', {
      id: a.id,
      stageId: before.stageId,
      position: before.position,
      dateApplied: before.dateApplied,
      lastActivityAt: before.lastActivityAt,
    });
    const after = await call('applications.get', { id: a.id });
    expect(after.stageId).toBe(s.Saved);
    expect(after.dateApplied).toBeNull();
    expect(after.history).toHaveLength(1);
    expect(await titlesIn(call, s.Saved!)).toEqual(['A', 'B']);
  });

  it('keeps order through many moves into the same gap', async () => {
    const { call } = setup();
    const s = await stagesByName(call);
    const ids: number[] = [];
    for (const t of ['D', 'C', 'B', 'A']) ids.push((await call('applications.create', { title: t, company: 'X' })).id);
    // A B C D; keep moving the last card into the gap after A.
    for (let i = 0; i < 70; i++) {
      const order = await call('applications.list', { stageId: s.Saved! });
      await call('applications.move', { id: order[3]!.id, stageId: s.Saved!, index: 1 });
    }
    const order = await titlesIn(call, s.Saved!);
    expect(order[0]).toBe('A');
    expect(new Set(order).size).toBe(4);
  });
});

describe('search and filters', () => {
  it('finds by a word only in the posting text, by prefix, ignoring accents', async () => {
    const { call } = setup();
    const created = await call('applications.create', { title: 'Analyst', company: 'Stadtwerke', location: 'München' });
    const other = await call('applications.create', { title: 'Engineer', company: 'Globex' });
    await call('notes.add', { applicationId: other.id, body: 'The recruiter loves Zürich' });
    expect((await call('board.list', { search: 'zuri' })).cards.map((c) => c.id)).toEqual([other.id]);
    expect((await call('board.list', { search: 'stadtw' })).cards.map((c) => c.id)).toEqual([created.id]);
    await call('notes.add', { applicationId: created.id, body: 'Office in München' });
    expect((await call('board.list', { search: 'munchen' })).cards.map((c) => c.id)).toEqual([created.id]);
  });

  it('lists tags for the filter', async () => {
    const { call } = setup();
    await call('applications.create', { title: 'A', company: 'X', tags: ['remote-first', 'Dream job'] });
    await call('applications.create', { title: 'B', company: 'Y', tags: ['referral'] });
    expect(await call('tags.list', {})).toEqual(['Dream job', 'referral', 'remote-first']);
  });
});

describe('notes, contacts and the timeline', () => {
  it('adds, edits and deletes notes with timestamps; they count as activity and are searchable', async () => {
    const { call, fail } = setup();
    const a = await call('applications.create', { title: 'A', company: 'X' });
    const note = await call('notes.add', { applicationId: a.id, body: 'Phone screen went well' });
    expect(note.createdAt).toBe(NOW.toISOString());
    expect((await call('applications.get', { id: a.id })).lastActivityAt).toBe(NOW.toISOString());
    const edited = await call('notes.update', { id: note.id, body: 'Phone screen went very well, salary discussed' });
    expect(edited.body).toMatch(/salary/);
    expect((await call('board.list', { search: 'salar' })).cards).toHaveLength(1);
    await call('notes.delete', { id: note.id });
    expect((await call('applications.get', { id: a.id })).notes).toEqual([]);
    expect((await fail('notes.add', { applicationId: 999, body: 'x' })).code).toBe('NOT_FOUND');
    expect((await fail('notes.add', { applicationId: a.id, body: '   ' })).message).toMatch(/cannot be empty/);
  });

  it('adds, updates and deletes contacts, refusing a bad e-mail with a message', async () => {
    const { call, fail } = setup();
    const a = await call('applications.create', { title: 'A', company: 'X' });
    const c = await call('contacts.add', {
      applicationId: a.id,
      name: 'Ada Lovelace',
      role: 'Recruiter',
      email: 'ada@example.com',
      phone: '+44 20 1234',
      profileUrl: 'https://example.com/ada',
    });
    const updated = await call('contacts.update', { id: c.id, patch: { role: 'Hiring manager', phone: null } });
    expect(updated).toMatchObject({ name: 'Ada Lovelace', role: 'Hiring manager', email: 'ada@example.com', phone: null });
    const err = await fail('contacts.add', { applicationId: a.id, name: 'Bob', email: 'not-an-address' });
    expect(err.message).toMatch(/not an e-mail/);
    await call('contacts.delete', { id: c.id });
    expect((await call('applications.get', { id: a.id })).contacts).toEqual([]);
  });

  it('merges stage changes, notes and events, newest first', async () => {
    let clock = new Date('2027-03-01T10:00:00.000Z');
    const core = createCore({ now: () => clock });
    const { call } = createClient(core.call);
    const s = Object.fromEntries((await call('stages.list', {})).map((x) => [x.name, x.id]));
    const a = await call('applications.create', { title: 'A', company: 'X', deadline: '2027-03-20' });
    clock = new Date('2027-03-02T10:00:00.000Z');
    await call('notes.add', { applicationId: a.id, body: 'Sent a message to the recruiter' });
    clock = new Date('2027-03-03T10:00:00.000Z');
    await call('applications.move', { id: a.id, stageId: s.Applied!, index: 0 });
    const timeline = await call('applications.timeline', { id: a.id });
    expect(timeline.map((t) => t.kind)).toEqual(['event', 'stage', 'note', 'stage']);
    expect(timeline[1]).toMatchObject({ kind: 'stage', fromStage: 'Saved', toStage: 'Applied', at: '2027-03-03T10:00:00.000Z' });
    expect(timeline[0]).toMatchObject({ kind: 'event', eventKind: 'deadline', allDay: true });
  });
});

describe('documents', () => {
  it('copies a file into the data folder from bytes or from a path, opens, reads and deletes it', async () => {
    const dir = tempDir();
    const { call, core } = setup(dir);
    const a = await call('applications.create', { title: 'A', company: 'X' });
    const bytes = Buffer.from('%PDF-1.4 resume v3');
    const doc = await call('attachments.add', {
      applicationId: a.id,
      fileName: 'Resume 2027.pdf',
      mimeType: 'application/pdf',
      kind: 'resume',
      versionLabel: 'v3 (data roles)',
      source: { base64: bytes.toString('base64') },
    });
    expect(doc).toMatchObject({
      fileName: 'Resume 2027.pdf',
      sizeBytes: bytes.length,
      kind: 'resume',
      versionLabel: 'v3 (data roles)',
    });
    const { path: stored } = await call('attachments.open', { id: doc.id });
    expect(path.dirname(stored)).toBe(path.join(dir, 'attachments'));
    expect(fs.readFileSync(stored).equals(bytes)).toBe(true);
    expect(Buffer.from((await call('attachments.read', { id: doc.id })).base64, 'base64').equals(bytes)).toBe(true);

    const letter = await call('attachments.add', {
      applicationId: a.id,
      fileName: '../../cover.txt',
      kind: 'cover-letter',
      source: { base64: Buffer.from('Dear team').toString('base64') },
    });
    // The name the file came with never decides where it is stored.
    const letterPath = (await call('attachments.open', { id: letter.id })).path;
    expect(path.dirname(letterPath)).toBe(path.join(dir, 'attachments'));
    expect(fs.readFileSync(letterPath, 'utf8')).toBe('Dear team');

    const relabelled = await call('attachments.update', { id: doc.id, versionLabel: 'v4' });
    expect(relabelled.versionLabel).toBe('v4');
    await call('attachments.delete', { id: doc.id });
    expect(fs.existsSync(stored)).toBe(false);
    expect((await call('applications.get', { id: a.id })).attachments.map((x) => x.fileName)).toEqual(['../../cover.txt']);
    core.close();
  });

  it('refuses a file over the size cap, bad bytes and a path (never read from disk over the API)', async () => {
    const dir = tempDir();
    const { call, fail, core } = setup(dir);
    const a = await call('applications.create', { title: 'A', company: 'X' });
    const big = Buffer.alloc(26 * 1024 * 1024).toString('base64');
    const err = await fail('attachments.add', { applicationId: a.id, fileName: 'big.bin', source: { base64: big } });
    expect(err.code).toBe('BAD_INPUT');
    expect(err.message).toMatch(/larger than 25 MB/);
    const garbled = await fail('attachments.add', { applicationId: a.id, fileName: 'x.pdf', source: { base64: 'not base64!' } });
    expect(garbled.message).toMatch(/did not arrive intact/);
    const secret = path.join(tempDir(), 'id_rsa');
    fs.writeFileSync(secret, 'secret');
    expect((await fail('attachments.add', { applicationId: a.id, fileName: 'x', source: { path: secret } })).code).toBe(
      'BAD_INPUT',
    );
    expect(fs.existsSync(path.join(dir, 'attachments')) ? fs.readdirSync(path.join(dir, 'attachments')) : []).toEqual([]);
    core.close();
  });

  it('copies from a path for in-process callers, with a clear message for a missing or too-big file', () => {
    const dir = tempDir();
    const src = path.join(tempDir(), 'cv.pdf');
    fs.writeFileSync(src, '%PDF');
    const { storedName, sizeBytes } = storeAttachmentFile(dir, 'cv.pdf', { path: src });
    expect(sizeBytes).toBe(4);
    expect(storedName).toMatch(/\.pdf$/);
    expect(() => storeAttachmentFile(dir, 'x.pdf', { path: path.join(dir, 'nope.pdf') })).toThrow(/cannot read/);
    const big = path.join(dir, 'big.bin');
    fs.writeFileSync(big, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1));
    expect(() => storeAttachmentFile(dir, 'big.bin', { path: big })).toThrow(/at most 25 MB/);
  });

  it('explains that documents need a data folder when there is none', async () => {
    const { call, fail } = setup();
    const a = await call('applications.create', { title: 'A', company: 'X' });
    const err = await fail('attachments.add', { applicationId: a.id, fileName: 'a.txt', source: { base64: 'aGk=' } });
    expect(err.message).toMatch(/data folder/);
  });
});

describe('delete and restore', () => {
  it('brings back a deleted application with its notes, contacts, documents, events, tags and history', async () => {
    const dir = tempDir();
    const { call, fail, core } = setup(dir);
    const s = await stagesByName(call);
    const a = await call('applications.create', {
      title: 'Data Engineer',
      company: 'Hooli',
      deadline: '2027-04-01',
      tags: ['referral'],
      excitement: 4,
    });
    await call('applications.move', { id: a.id, stageId: s.Applied!, index: 0 });
    await call('notes.add', { applicationId: a.id, body: 'Kafka heavy team' });
    await call('contacts.add', { applicationId: a.id, name: 'Grace' });
    const doc = await call('attachments.add', { applicationId: a.id, fileName: 'cv.pdf', source: { base64: 'JVBERg==' } });
    const storedPath = (await call('attachments.open', { id: doc.id })).path;
    const before = await call('applications.get', { id: a.id });

    await call('applications.delete', { id: a.id });
    expect((await fail('applications.get', { id: a.id })).code).toBe('NOT_FOUND');
    expect((await call('board.list', { search: 'kafka' })).cards).toEqual([]);
    expect(fs.existsSync(storedPath)).toBe(true);

    const restored = await call('applications.restore', { id: a.id });
    expect(restored.id).toBe(a.id);
    const after = await call('applications.get', { id: a.id });
    expect(after).toMatchObject({
      title: 'Data Engineer',
      company: 'Hooli',
      stageId: s.Applied,
      tags: ['referral'],
      excitement: 4,
      dateApplied: before.dateApplied,
    });
    expect(after.notes.map((n) => n.body)).toEqual(['Kafka heavy team']);
    expect(after.contacts.map((c) => c.name)).toEqual(['Grace']);
    expect(after.history).toHaveLength(2);
    expect(after.events.map((e) => e.day)).toEqual(['2027-04-01']);
    expect(after.attachments.map((x) => x.fileName)).toEqual(['cv.pdf']);
    expect(Buffer.from((await call('attachments.read', { id: after.attachments[0]!.id })).base64, 'base64').toString()).toBe(
      '%PDF',
    );
    expect((await call('board.list', { search: 'kafka' })).cards.map((c) => c.id)).toEqual([a.id]);
    expect((await fail('applications.restore', { id: a.id })).message).toMatch(/can no longer be restored/);
    core.close();
  });

  it('restores under a new id when the old one was taken, and into the first stage if its stage is gone', async () => {
    const { call } = setup();
    const s = await stagesByName(call);
    const a = await call('applications.create', { title: 'A', company: 'X' });
    await call('applications.move', { id: a.id, stageId: s.Offer!, index: 0 });
    await call('applications.delete', { id: a.id });
    const b = await call('applications.create', { title: 'B', company: 'Y' });
    expect(b.id).toBe(a.id); // SQLite reuses the highest free rowid
    await call('stages.delete', { id: s.Offer! });
    const restored = await call('applications.restore', { id: a.id });
    expect(restored.id).not.toBe(a.id);
    expect(restored).toMatchObject({ title: 'A', stageId: s.Saved });
    expect((await call('applications.get', { id: b.id })).title).toBe('B');
  });
});

describe('migration 003', () => {
  it('v2 -> v3 keeps existing applications and adds the deleted-applications table', () => {
    const file = path.join(tempDir(), 'pursuit.db');
    const v2 = openDatabase(file, { targetVersion: 2 });
    insertOldApplication(v2, 'Éclair', 'bread');
    v2.close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(3);
    expect(db.prepare('SELECT count(*) AS n FROM applications').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM deleted_applications').get()).toEqual({ n: 0 });
    db.close();
  });
});

// Keep the helper type in use for readers of this file.
export type { Core };
