import { addDays, formatISO } from 'date-fns';
import type { PostingFields, Workplace } from '../../shared/domain';
import { createApplication, moveApplication } from './store/applications';
import { withoutSavepoints, writeInChunks, type Db } from './store/db';
import { createEvent } from './store/events';
import { addNote } from './store/notes';
import { markSample } from './store/sample-data';
import { listStages } from './store/stages';

/** mulberry32: tiny, fast and deterministic, so `seed --seed S` gives the same data everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMPANIES = [
  'Northwind Labs',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Hooli',
  'Stark Mobility',
  'Wayne Analytics',
  'Acme Robotics',
  'Vandelay Logistics',
  'Soylent Foods',
  'Cyberdyne Systems',
  'Tyrell Biotech',
  'Wonka Confectionery',
  'Gringotts Finance',
  'Monarch Energy',
  'Oscorp Materials',
  'Aperture Science',
  'Black Mesa Research',
  'Massive Dynamic',
  'Blue Sun Media',
  'Zalando Tech',
  'Helvetia Data',
  'Bosque Software',
  'Lumière Studio',
];
const TITLES = [
  'Frontend Engineer',
  'Backend Developer',
  'Data Analyst',
  'Product Manager',
  'UX Designer',
  'DevOps Engineer',
  'Machine Learning Engineer',
  'QA Engineer',
  'Technical Writer',
  'Site Reliability Engineer',
  'Mobile Developer',
  'Data Engineer',
  'Engineering Manager',
  'Security Analyst',
  'Customer Success Manager',
  'Embedded Software Engineer',
];
const LEVELS = ['', 'Senior ', 'Junior ', 'Lead ', 'Staff '];
const PLACES = [
  'Berlin, Germany',
  'München, Germany',
  'Zürich, Switzerland',
  'Madrid, Spain',
  'Paris, France',
  'London, UK',
  'Amsterdam, Netherlands',
  'New York, NY',
  'Austin, TX',
  'Toronto, Canada',
  'Remote',
];
const SKILLS = [
  'TypeScript',
  'React',
  'Python',
  'SQL',
  'Kubernetes',
  'Docker',
  'AWS',
  'Go',
  'Rust',
  'Figma',
  'PyTorch',
  'Terraform',
  'PostgreSQL',
  'Kafka',
];
const TAGS = ['dream job', 'referral', 'remote-first', 'startup', 'visa sponsor', 'relocation'];
const WORKPLACES: Workplace[] = ['onsite', 'hybrid', 'remote'];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const day = (d: Date): string => formatISO(d, { representation: 'date' });

/**
 * Runs `write` with SQLite's statement journals in memory. Each statement that fires the search-index
 * triggers keeps one; past 64 KiB it spills to a temporary file and stays there for the rest of the
 * transaction, so a large seed spent a tenth of its time in write(2) calls to a file deleted at the end.
 * Not changed inside a caller's transaction (SQLite would refuse) and set back afterwards.
 */
function withMemoryJournals<T>(db: Db, write: () => T): T {
  if (db.inTransaction) return write();
  const before = db.pragma('temp_store', { simple: true }) as number;
  db.pragma('temp_store = MEMORY');
  try {
    return write();
  } finally {
    db.pragma(`temp_store = ${before}`);
  }
}

export interface SeedOptions {
  count: number;
  seed?: number;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Realistic demo applications across every stage, with postings, deadlines, interviews and notes. Each chunk
 * is one transaction with no savepoint per store call (a failure rolls the whole chunk back).
 */
export function seedDemoData(db: Db, options: SeedOptions): { created: number } {
  return withMemoryJournals(db, () => withoutSavepoints(db, () => seedInChunks(db, options)));
}

function seedInChunks(db: Db, { count, seed = 1, now = new Date(), onProgress }: SeedOptions): { created: number } {
  const r = prng(seed);
  const stages = listStages(db);
  // Tests of older migrations seed a database held at an earlier schema, before sample marks existed.
  const marks =
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sample_applications'").get() !== undefined;
  // In chunks of under a second: the app (or `pursuit serve`) can save beside a large seed.
  writeInChunks(
    db,
    count,
    (i) => {
      const company = pick(r, COMPANIES);
      const title = `${pick(r, LEVELS)}${pick(r, TITLES)}`;
      const location = pick(r, PLACES);
      const workplace = location === 'Remote' ? 'remote' : pick(r, WORKPLACES);
      const skills = SKILLS.filter(() => r() < 0.25);
      const savedDaysAgo = Math.floor(r() * 60);
      const deadline = r() < 0.7 ? day(addDays(now, Math.floor(r() * 40) - 10)) : null;
      const min = 40 + Math.floor(r() * 60);
      const fields: PostingFields = {
        title,
        company,
        location,
        workplace,
        employmentType: r() < 0.85 ? 'full-time' : 'contract',
        salary:
          r() < 0.6
            ? {
                min: min * 1000,
                max: (min + 15) * 1000,
                currency: location.includes('UK')
                  ? 'GBP'
                  : location.includes(',') && !/NY|TX|Canada/.test(location)
                    ? 'EUR'
                    : 'USD',
                period: 'year',
              }
            : null,
        postedAt: day(addDays(now, -savedDaysAgo - 3)),
        deadline,
        url: `https://jobs.example.com/${company.toLowerCase().replace(/[^a-z]+/g, '-')}/${i + 1}`,
        email: null,
        skills,
        requirements: skills.map((s) => `Experience with ${s}`),
        language: 'en',
      };
      const text = [
        `${title} at ${company}`,
        `Location: ${location} (${workplace})`,
        `${company} is hiring a ${title.toLowerCase()} to join a small team shipping products people rely on every day.`,
        'What you will do: design, build and run features end to end; review code; mentor colleagues; talk to customers.',
        `Requirements:\n${fields.requirements.map((q) => `- ${q}`).join('\n') || '- Curiosity and care for quality'}`,
        deadline ? `Apply by ${deadline}.` : 'Applications are reviewed on a rolling basis.',
      ].join('\n\n');
      const stage = stages[Math.min(stages.length - 1, Math.floor(Math.pow(r(), 1.6) * stages.length))] ?? stages[0]!;
      const app = createApplication(
        db,
        { fields, originalText: text, cleanText: text, format: 'text', sourceName: null },
        addDays(now, -savedDaysAgo).toISOString(),
        {
          excitement: 1 + Math.floor(r() * 5),
          tags: TAGS.filter(() => r() < 0.12),
          dateSaved: day(addDays(now, -savedDaysAgo)),
        },
      );
      if (marks) markSample(db, app.id);
      if (stage.id !== app.stageId)
        moveApplication(db, app.id, stage.id, 0, addDays(now, -Math.floor(savedDaysAgo / 2)).toISOString());
      if (/interview/i.test(stage.name)) {
        const start = addDays(now, 1 + Math.floor(r() * 14));
        start.setUTCHours(8 + Math.floor(r() * 8), r() < 0.5 ? 0 : 30, 0, 0);
        createEvent(
          db,
          {
            applicationId: app.id,
            kind: 'interview',
            title: `Interview with ${company}`,
            allDay: false,
            startsAt: start.toISOString(),
            durationMinutes: 45,
            location: r() < 0.5 ? 'Video call' : location,
            roundName: pick(r, ['Recruiter screen', 'Technical interview', 'Team fit', 'Final round']),
          },
          now.toISOString(),
        );
      }
      if (r() < 0.3)
        addNote(
          db,
          app.id,
          `Spoke with a recruiter at ${company}; they liked the portfolio.`,
          addDays(now, -Math.floor(savedDaysAgo / 3)).toISOString(),
        );
    },
    { onProgress },
  );
  return { created: count };
}
