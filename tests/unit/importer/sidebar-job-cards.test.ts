import { describe } from 'vitest';
import { htmlPage, itReads } from './cases';

/*
 * Boxes of other jobs on a saved page: a heading over job cards that carry their own smaller headings
 * ("## Lignende job" then "### IT-supporter"), a box named for other jobs ("similar-jobs", "lignende",
 * "offres-similaires"), or one labelled "Jobs similar to this". Another job's pay, posting day or place is
 * never this posting's, which states none. Pages of our own in Danish, English, German and French.
 */
describe('job cards under a heading of other jobs (class 6)', () => {
  itReads([
    {
      name: "a similar job's hourly pay under its own card heading is not this job's (da)",
      file: 'p.html',
      text: htmlPage({
        title: 'Lagerchef - Fjordhavn Logistik A/S',
        lang: 'da',
        body: '<main><h1>Lagerchef</h1><p>Fjordhavn Logistik A/S · Esbjerg</p><h2>Om jobbet</h2><p>Du får ansvaret for vores lager på havnen med 14 medarbejdere, vareflow og planlægning. Løn efter overenskomst og kvalifikationer, pension og frokostordning. Fuldtid, fast stilling.</p><h2>Lignende job</h2><article><h3>Truckfører</h3><p>Vest Transport ApS · Ribe · 195 kr. i timen · Indrykket 8. januar 2027</p></article></main>',
      }),
      expected: { title: 'Lagerchef', salary: null, postedAt: null },
    },
    {
      name: "a related job's monthly pay under its own card heading is not this job's (de)",
      file: 'p.html',
      text: htmlPage({
        title: 'Lagerleiter (m/w/d) - Nordhafen Logistik GmbH',
        lang: 'de',
        body: '<main><h1>Lagerleiter (m/w/d)</h1><p>Nordhafen Logistik GmbH · Kiel</p><h2>Ihre Aufgaben</h2><p>Sie führen unser Lager am Hafen mit zwölf Mitarbeitenden und verantworten Wareneingang, Kommissionierung und Versand. Vergütung nach Tarif, Vollzeit, unbefristet.</p><h2>Ähnliche Jobs</h2><div><h3>Staplerfahrer (m/w/d)</h3><p>Ostsee Spedition · Lübeck · 2.900 € im Monat · 100 % Homeoffice</p></div></main>',
      }),
      expected: { title: 'Lagerleiter', salary: null, workplace: null },
    },
  ]);
});

describe('boxes of other jobs named by their markup (class 6)', () => {
  itReads([
    {
      name: "an aside labelled 'Jobs similar to this' gives no posting day or pay (en)",
      file: 'p.html',
      text: htmlPage({
        title: 'Accounts Assistant - Harbourline Foods Ltd',
        lang: 'en',
        body: '<main><h1>Accounts Assistant</h1><p>Harbourline Foods Ltd · Halifax, NS</p><h2>About the role</h2><p>You will process supplier invoices, reconcile our bank accounts and help with month-end close for our three seafood plants. Full-time, Monday to Friday, at our Halifax office.</p></main><aside aria-label="Jobs similar to this"><ul><li><a href="/viewjob?jk=1">Bookkeeper</a><div>Dartmouth, NS</div><div>$26 an hour</div><div>Posted Dec 30, 2026</div></li></ul></aside>',
      }),
      expected: { title: 'Accounts Assistant', salary: null, postedAt: null },
    },
    {
      name: "a box named 'offres-similaires' gives no pay or internship (fr)",
      file: 'p.html',
      text: htmlPage({
        title: 'Comptable H/F - Laiteries du Jura',
        lang: 'fr',
        body: '<main><h1>Comptable H/F</h1><p>Laiteries du Jura · Lons-le-Saunier</p><h2>Le poste</h2><p>Vous tenez la comptabilité fournisseurs et clients de nos trois fromageries et préparez les clôtures mensuelles avec le responsable financier. CDI à temps plein.</p><div class="offres-similaires"><p><a href="/offre/2">Assistant comptable</a> · Dole · Stage · 1 800 € par mois</p></div></main>',
      }),
      expected: { title: 'Comptable', salary: null, employmentType: 'full-time' },
    },
  ]);
});
