import { describe, expect, it } from 'vitest';
import { expectFields, recordFields } from './cases';

/*
 * ATS feed exports converted from XML to JSON (a Personio-like `{ "<site>-jobs": { position: [...] } }`):
 * the title key holds the list of records, so the record is inside it; the feed's own address is not the
 * posting's link, the `jobUrl` beside it is. Records of our own in German and English.
 */
const json = (record: unknown) => recordFields(record, 'feed.json');

function feed(position: Record<string, unknown>, site: string) {
  return {
    'acme-jobs': { position: [position] },
    feedUrl: `https://${site}/xml?language=de`,
    jobUrl: `https://${site}/job/${String(position['id'])}`,
  };
}

describe('XML-ish feed exports read as a record (class 3)', () => {
  it('a position list under a title key is the record, not the title (de)', () => {
    const f = json(
      feed(
        {
          id: '77120',
          subcompany: 'Mühlenbäckerei Sonnleitner GmbH',
          office: 'Passau',
          name: 'Bäckermeister (m/w/d)',
          employmentType: 'permanent',
          schedule: 'full-time',
          createdAt: '2027-01-04T09:00:00+01:00',
          jobDescriptions: {
            jobDescription: [
              { name: 'Über uns', value: '<p>Wir backen seit 1952 Brot und Brezen für ganz Niederbayern.</p>' },
              {
                name: 'Was wir bieten',
                value:
                  '<p>Gehalt 3.400 € bis 3.900 € brutto im Monat. Bewerbung bis 31. Januar 2027 an karriere@sonnleitner-baeckerei.example.</p>',
              },
            ],
          },
        },
        'sonnleitner.jobs.ats.example',
      ),
    );
    expectFields(f, {
      title: 'Bäckermeister',
      company: 'Mühlenbäckerei Sonnleitner GmbH',
      location: 'Passau',
      employmentType: 'full-time',
      postedAt: '2027-01-04',
      deadline: '2027-01-31',
      salary: { min: 3400, max: 3900, currency: 'EUR', period: 'month' },
      url: 'https://sonnleitner.jobs.ats.example/job/77120',
      email: 'karriere@sonnleitner-baeckerei.example',
    });
  });

  it('the same shape in English keeps the job link, not the feed link (en)', () => {
    const f = json(
      feed(
        {
          id: '90411',
          subcompany: 'Fenwick Joinery Ltd',
          office: 'Carlisle',
          name: 'Bench Joiner',
          schedule: 'part-time',
          createdAt: '2027-01-05',
          jobDescriptions: {
            jobDescription: [
              {
                name: 'The role',
                value: '<p>You will make sash windows and doors by hand in our Carlisle workshop, 24 hours a week.</p>',
              },
            ],
          },
        },
        'fenwick.jobs.ats.example',
      ),
    );
    expectFields(f, { title: 'Bench Joiner', company: 'Fenwick Joinery Ltd', location: 'Carlisle', employmentType: 'part-time' });
    expect(f.url).toBe('https://fenwick.jobs.ats.example/job/90411');
  });
});
