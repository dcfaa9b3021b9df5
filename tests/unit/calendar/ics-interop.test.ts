import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportIcs } from '../../../electron/core/calendar/ics-export';
import { foldLine } from '../../../electron/core/calendar/ics-fold';
import { tempDir } from '../helpers';
import { clockCore, inZone } from './clock-core';

const PYTHON = '/usr/bin/python3';
const octets = (s: string) => Buffer.byteLength(s, 'utf8');
/** RFC 5545 unfolding: a line break followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

// Accents, CJK and an emoji (a surrogate pair, 4 octets): a fold by characters or by UTF-16 units would
// overrun 75 octets or cut one of these in half.
const LONG_TITLE = `Suivi après l'entretien — équipe données 東京オフィス 🚀 ${'Zürich Straße '.repeat(6)}fin`;
const LONG_NOTES = `Rappeler Ana à 10h; apporter le portfolio 📎. ${'Ünïcödé ✓ '.repeat(20)}`;

async function calendarWithLongLines(followUps: 'event' | 'todo') {
  const c = clockCore('2040-03-01T12:00:00.000Z');
  const app = await c.call('applications.create', { title: 'Ingénieure données', company: 'Société Générale 東京' });
  await c.call('data.updateExportSettings', { icsFollowUps: followUps });
  const followUp = await c.call('events.create', {
    applicationId: app.id,
    kind: 'follow-up',
    title: LONG_TITLE,
    allDay: true,
    day: '2040-03-20',
    notes: LONG_NOTES,
  });
  const interview = await c.call('events.create', {
    applicationId: app.id,
    kind: 'interview',
    allDay: false,
    startsAt: '2040-03-12T14:30:00.000Z',
    url: `https://video.example.com/j/${'9'.repeat(90)}`,
    roundName: 'Entretien technique',
  });
  return { c, app, followUp, interview, text: exportIcs(c.core.db, { now: c.now() }) };
}

/** ical.js types an event's location and description as strings; they are null when the event has none. */
const orEmpty = (text: string | null): string => text ?? '';

describe('.ics files other calendars read', () => {
  inZone('Europe/Paris', { beforeAll, afterAll });

  it('folds every line at 75 octets, to-dos included, without cutting a character in two', async () => {
    for (const mode of ['event', 'todo'] as const) {
      const { text } = await calendarWithLongLines(mode);
      const lines = text.split('\r\n');
      expect(lines.some((l) => l.startsWith(' '))).toBe(true);
      for (const line of lines) expect(octets(line), line).toBeLessThanOrEqual(75);
      // Each physical line is valid UTF-8 on its own (no lone surrogate, no split sequence).
      for (const line of lines) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
      const comp = new ICAL.Component(ICAL.parse(text) as unknown[]);
      const followUp = comp.getFirstSubcomponent(mode === 'todo' ? 'vtodo' : 'vevent')!;
      expect(String(followUp.getFirstPropertyValue('summary'))).toBe(
        `${LONG_TITLE}: Ingénieure données at Société Générale 東京`,
      );
      expect(String(followUp.getFirstPropertyValue('description'))).toContain(LONG_NOTES.trim());
    }
  });

  it('folds any text so that unfolding gives it back, each line at most 75 octets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (value) => {
        const line = `DESCRIPTION:${value.replace(/[\r\n]/g, '')}`;
        const folded = foldLine(line);
        expect(unfold(folded)).toBe(line);
        for (const part of folded.split('\r\n')) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads the same in Python's icalendar (an independent parser) as in ical.js", async (ctx) => {
    const probe = spawnSync(PYTHON, ['-c', 'import icalendar'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
      const reason = `${PYTHON} cannot import icalendar (install Debian's python3-icalendar): ${probe.error?.message ?? probe.stderr.trim()}`;
      console.warn(`skipped: ${reason}`);
      ctx.skip(reason);
      return;
    }
    const { text, followUp, interview } = await calendarWithLongLines('event');
    const file = path.join(tempDir(), 'pursuit.ics');
    fs.writeFileSync(file, text);
    const script = `
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for c in cal.walk():
    if c.name in ('VEVENT', 'VTODO'):
        start = c.get('dtstart')
        out.append({
            'type': c.name, 'uid': str(c.get('uid')), 'summary': str(c.get('summary')),
            'location': str(c.get('location', '')), 'description': str(c.get('description', '')),
            'start': start.dt.isoformat() if start else None,
            'alarms': len([a for a in c.walk() if a.name == 'VALARM']),
        })
print(json.dumps(out))
`;
    const run = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const fromPython = (JSON.parse(run.stdout) as { uid: string }[]).sort((a, b) => a.uid.localeCompare(b.uid));

    const fromIcalJs = new ICAL.Component(ICAL.parse(text) as unknown[])
      .getAllSubcomponents('vevent')
      .map((v) => {
        const e = new ICAL.Event(v);
        return {
          type: 'VEVENT',
          uid: e.uid,
          summary: e.summary,
          location: orEmpty(e.location),
          description: orEmpty(e.description),
          start: e.startDate.isDate ? e.startDate.toString() : e.startDate.toJSDate().toISOString().replace('.000Z', '+00:00'),
          alarms: v.getAllSubcomponents('valarm').length,
        };
      })
      .sort((a, b) => a.uid.localeCompare(b.uid));

    expect(fromPython).toEqual(fromIcalJs);
    const byUid = new Map(fromPython.map((e) => [e.uid, e as (typeof fromIcalJs)[number]]));
    const f = byUid.get(`pursuit-event-${followUp.id}@pursuit.local`)!;
    expect(f).toMatchObject({ type: 'VEVENT', start: '2040-03-20' });
    expect(f.summary.startsWith(LONG_TITLE)).toBe(true);
    const i = byUid.get(`pursuit-event-${interview.id}@pursuit.local`)!;
    expect(i.location).toBe(`https://video.example.com/j/${'9'.repeat(90)}`);
    expect(i.start).toBe('2040-03-12T14:30:00+00:00');
  });
});
