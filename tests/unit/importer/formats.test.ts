import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePosting, parsePostingSync } from '../../../electron/core/importer';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name));
const NOW = new Date(2026, 0, 5, 12);

describe('plain text and markdown', () => {
  it('reads text with a UTF-8 BOM and CRLF line ends; originalText stays verbatim', async () => {
    const text =
      '\uFEFFBackend Developer\r\nCompany: Kettle & Co\r\nLocation: Leeds, UK\r\nSalary: £45,000 per annum\r\n\r\nWe build payroll software in TypeScript and PostgreSQL.\r\n';
    const bytes = new TextEncoder().encode(text);
    const r = await parsePosting({ name: 'posting.txt', bytes });
    expect(r.format).toBe('text');
    expect(r.originalText).toBe(text);
    expect(r.cleanText.startsWith('\uFEFF')).toBe(false);
    expect(r.cleanText).not.toContain('\r');
    expect(r.fields).toMatchObject({
      title: 'Backend Developer',
      company: 'Kettle & Co',
      location: 'Leeds, UK',
      salary: { min: 45000, max: 45000, currency: 'GBP', period: 'year' },
      language: 'en',
    });
    expect(r.fields.skills).toEqual(expect.arrayContaining(['TypeScript', 'PostgreSQL']));
    expect(r.found).toEqual(expect.arrayContaining(['title', 'company', 'location', 'salary', 'skills']));
    expect(r.found).not.toContain('deadline');
  });

  it('reads markdown: heading title, bold labels, requirement lists under nested headings', async () => {
    const md = [
      '# Platform Engineer (f/m/x)',
      '',
      '**Company:** Cloudwerk',
      '**Location:** Remote (EU)',
      '**Employment Type:** Contract',
      '',
      '## Requirements',
      '### Must have',
      '- Terraform and **Kubernetes** in production',
      '- Go or Rust',
      '',
      'Some prose between the lists.',
      '',
      '- On-call experience',
      '',
      '## Benefits',
      '- Laptop',
    ].join('\n');
    const r = await parsePosting({ name: 'job.md', text: md });
    expect(r.fields.title).toBe('Platform Engineer');
    expect(r.fields.company).toBe('Cloudwerk');
    expect(r.fields.employmentType).toBe('contract');
    expect(r.fields.requirements).toEqual(['Terraform and Kubernetes in production', 'Go or Rust', 'On-call experience']);
    expect(r.fields.skills).toEqual(expect.arrayContaining(['Terraform', 'Kubernetes', 'Go', 'Rust']));
    expect(r.cleanText).not.toContain('**');
    expect(r.cleanText).not.toMatch(/^#/m);
  });

  it('unescapes a posting copied out of a JSON string in a .txt file', async () => {
    const text =
      'Data Scientist\\nCompany: Caf\\u00e9 Analytics\\nLocation: Paris\\n\\n## Requirements\\n- Python and SQL\\n- Statistics\\n';
    const r = await parsePosting({ name: 'copied.txt', text });
    expect(r.fields.title).toBe('Data Scientist');
    expect(r.fields.company).toBe('Café Analytics');
    expect(r.fields.requirements).toEqual(['Python and SQL', 'Statistics']);
    expect(r.cleanText).not.toContain('\\n');
  });

  it('detects the format from content when there is no name', async () => {
    expect((await parsePosting({ text: '<html><body><h1>QA Engineer</h1><p>Test things.</p></body></html>' })).format).toBe(
      'html',
    );
    expect((await parsePosting({ text: '{"title":"QA Engineer","description":"Test things."}' })).format).toBe('json');
    expect((await parsePosting({ text: 'QA Engineer\nWe test things.' })).format).toBe('text');
  });
});

describe('saved web pages', () => {
  it('keeps the posting and drops cookie banners, navigation, footers and scripts', async () => {
    const r = await parsePosting({ name: 'page.html', bytes: fixture('cookie-banner-page.html') }, { now: NOW });
    expect(r.format).toBe('html');
    expect(r.fields).toMatchObject({
      title: 'Robotics Software Engineer',
      company: 'Nordlicht Robotics GmbH',
      location: 'Hamburg, Germany',
      workplace: 'hybrid',
      employmentType: 'full-time',
      salary: { min: 65000, max: 80000, currency: 'EUR', period: 'year' },
      deadline: '2026-04-15',
      postedAt: null,
      email: 'careers@nordlicht-robotics.de',
      url: 'https://jobs.nordlicht.example.org/postings/4711',
    });
    expect(r.fields.requirements).toEqual([
      '3+ years of modern C++ in production robotics or embedded systems',
      'Experience with ROS2 and Linux',
      'Python for tooling and data analysis',
    ]);
    expect(r.fields.skills).toEqual(expect.arrayContaining(['C++', 'ROS', 'Linux', 'Python']));
    for (const junk of ['cookie', 'Accept', 'All jobs', 'Imprint', 'trackPageView', 'dataLayer', '999,999']) {
      expect(r.cleanText).not.toContain(junk);
    }
    expect(r.cleanText).toContain('autonomous inspection robots');
  });

  it('lets an embedded JSON-LD JobPosting win over the prose', async () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', name: 'Ignored Org' },
        {
          '@type': 'JobPosting',
          title: 'Staff Engineer (m/f/d)',
          hiringOrganization: { '@type': 'Organization', name: 'Acme Corp' },
          jobLocation: {
            '@type': 'Place',
            address: { '@type': 'PostalAddress', addressLocality: 'Austin', addressRegion: 'TX' },
          },
          jobLocationType: 'TELECOMMUTE',
          employmentType: ['FULL_TIME'],
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'USD',
            value: { '@type': 'QuantitativeValue', minValue: 150000, maxValue: 190000, unitText: 'YEAR' },
          },
          datePosted: '2026-02-01T08:00:00Z',
          validThrough: '2026-03-31T23:59',
          description: '<p>Build things in <b>Kotlin</b>.</p><h3>Qualifications</h3><ul><li>8+ years</li></ul>',
        },
      ],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head>
      <body><h1>Some other heading</h1><p>Title: Wrong Title</p><p>Salary: $10/hr</p></body></html>`;
    const r = await parsePosting({ name: 'job.htm', text: html });
    expect(r.fields).toMatchObject({
      title: 'Staff Engineer',
      company: 'Acme Corp',
      location: 'Austin, TX',
      workplace: 'remote',
      employmentType: 'full-time',
      salary: { min: 150000, max: 190000, currency: 'USD', period: 'year' },
      postedAt: '2026-02-01',
      deadline: '2026-03-31',
    });
  });

  it('reads schema.org microdata', async () => {
    const html = `<div itemscope itemtype="https://schema.org/JobPosting">
      <h2 itemprop="title">Nurse (H/F)</h2>
      <span itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Clinique Saint-Luc</span></span>
      <span itemprop="jobLocation" itemscope itemtype="https://schema.org/Place"><span itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="addressLocality">Bordeaux</span></span></span>
      <meta itemprop="employmentType" content="PART_TIME">
      <time itemprop="datePosted" datetime="2026-01-20">20 janvier</time>
      <time itemprop="validThrough" datetime="2026-02-28">28 février</time>
      <span itemprop="baseSalary" itemscope itemtype="https://schema.org/MonetaryAmount"><meta itemprop="currency" content="EUR">
        <span itemprop="value" itemscope itemtype="https://schema.org/QuantitativeValue"><meta itemprop="value" content="2400"><meta itemprop="unitText" content="MONTH"></span></span>
    </div>`;
    const r = await parsePosting({ name: 'microdata.html', text: html });
    expect(r.fields).toMatchObject({
      title: 'Nurse',
      company: 'Clinique Saint-Luc',
      location: 'Bordeaux',
      employmentType: 'part-time',
      postedAt: '2026-01-20',
      deadline: '2026-02-28',
      salary: { min: 2400, max: 2400, currency: 'EUR', period: 'month' },
    });
  });
});

describe('recruiter e-mails', () => {
  it('decodes quoted-printable; title and company from the subject; yearless deadline resolved against the Date header', async () => {
    const r = await parsePosting({ name: 'mail.eml', bytes: fixture('recruiter-qp.eml') });
    expect(r.format).toBe('eml');
    expect(r.fields).toMatchObject({
      title: 'Senior Data Engineer',
      company: 'Acme Analytics',
      location: 'Berlin, Germany',
      workplace: 'hybrid',
      employmentType: 'full-time',
      salary: { min: 70000, max: 85000, currency: 'EUR', period: 'year' },
      deadline: '2026-03-15',
      postedAt: null,
      email: 'jane.recruiter@talentbridge.io',
    });
    expect(r.fields.requirements).toHaveLength(3);
    expect(r.fields.skills).toEqual(expect.arrayContaining(['Python', 'SQL', 'Apache Airflow', 'Snowflake']));
    expect(r.cleanText).toContain('Senior Data Engineer role');
  });

  it('decodes a base64 body (French)', async () => {
    const r = await parsePosting({ name: 'offre.eml', bytes: fixture('recruiter-base64.eml') });
    expect(r.fields).toMatchObject({
      title: 'Développeur Backend',
      location: 'Lyon, France',
      employmentType: 'full-time',
      salary: { min: 50000, max: 60000, currency: 'EUR', period: 'year' },
      deadline: '2027-03-15',
      language: 'fr',
      email: 'talent@soleil-tech.fr',
    });
    expect(r.fields.requirements).toHaveLength(3);
    expect(r.fields.skills).toEqual(expect.arrayContaining(['Java', 'Spring Boot', 'PostgreSQL', 'Docker', 'Agile']));
  });

  it('prefers the HTML body of a multipart e-mail (Spanish)', async () => {
    const r = await parsePosting({ name: 'oferta.eml', bytes: fixture('recruiter-html.eml') });
    expect(r.fields).toMatchObject({
      title: 'Ingeniero de Datos',
      location: 'Madrid, España',
      workplace: 'hybrid',
      employmentType: 'full-time',
      salary: { min: 45000, max: 55000, currency: 'EUR', period: 'year' },
      deadline: '2027-02-28',
      language: 'es',
      email: 'empleo@datalab.es',
    });
    expect(r.fields.requirements).toEqual(['Experiencia con Python y Apache Spark', 'Conocimientos de AWS']);
  });

  it('is refused by the sync entry point, which handles every other format', () => {
    expect(() => parsePostingSync({ name: 'mail.eml', bytes: fixture('recruiter-qp.eml') })).toThrow(/async/);
    expect(parsePostingSync({ name: 'a.txt', text: 'QA Engineer\nWe test things.' }).fields.title).toBe('QA Engineer');
  });
});

describe('JSON', () => {
  it('reads a JSON-LD JobPosting file', async () => {
    const json = JSON.stringify({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Frontend Developer',
      hiringOrganization: 'Pixelhaus',
      jobLocation: { address: { addressLocality: 'Vienna', addressCountry: 'AT' } },
      employmentType: 'INTERN',
      baseSalary: { currency: 'EUR', value: { value: 1800, unitText: 'MONTH' } },
      datePosted: '2026-01-10',
      description: 'We build sites in React and TypeScript.',
      url: 'https://pixelhaus.example.org/jobs/7',
    });
    const r = await parsePosting({ name: 'job.json', text: json });
    expect(r.format).toBe('json');
    expect(r.fields).toMatchObject({
      title: 'Frontend Developer',
      company: 'Pixelhaus',
      location: 'Vienna',
      employmentType: 'internship',
      salary: { min: 1800, max: 1800, currency: 'EUR', period: 'month' },
      postedAt: '2026-01-10',
      url: 'https://pixelhaus.example.org/jobs/7',
    });
    expect(r.fields.skills).toEqual(expect.arrayContaining(['React', 'TypeScript']));
    expect(r.cleanText).toContain('We build sites in React');
  });

  it('reads a posting stuck in a JSON string', async () => {
    const json = JSON.stringify(
      'Ingénieur DevOps\nEntreprise : Nuage SAS\nLieu : Nantes\nType de contrat : CDD\n\nNous cherchons une personne pour automatiser nos déploiements avec Ansible et GitLab CI.',
    );
    const r = await parsePosting({ name: 'post.json', text: json });
    expect(r.fields).toMatchObject({
      title: 'Ingénieur DevOps',
      company: 'Nuage SAS',
      location: 'Nantes',
      employmentType: 'temporary',
      language: 'fr',
    });
    expect(r.fields.skills).toEqual(expect.arrayContaining(['Ansible', 'GitLab CI']));
  });

  it('reads a job board object with plain keys', async () => {
    const r = await parsePosting({
      name: 'x.json',
      text: JSON.stringify({
        jobTitle: 'SRE',
        companyName: 'Hostly',
        location: 'Dublin',
        description: '<p>Run <b>Prometheus</b> and Grafana.</p>',
      }),
    });
    expect(r.fields).toMatchObject({ title: 'SRE', company: 'Hostly', location: 'Dublin' });
    expect(r.fields.skills).toEqual(expect.arrayContaining(['Prometheus', 'Grafana']));
  });
});
