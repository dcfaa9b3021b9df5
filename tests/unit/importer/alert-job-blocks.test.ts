import { describe } from 'vitest';
import { itReads } from './cases';

/*
 * Job alerts list jobs as repeated blocks: a title line, an employer and town line, a facts line, a link. The
 * first job is the posting; the others are cut, whether a longer lead-in heads their list ("Andre job du
 * måske vil synes om", "Other jobs you might want to look at") or no heading heads them at all. Their
 * workplace, contract and pay are never this posting's. Postings of our own in Danish, English, German, French.
 */
describe('the other jobs an alert lists are not this posting (class 6)', () => {
  itReads([
    {
      name: "a longer lead-in over a list: the other jobs' temping and home working are not read (da)",
      text: 'Hej Mette\n\nDin jobagent har fundet et nyt job:\n\nLagerassistent\nSølvkær Emballage ApS, Ikast\nFuldtid · Fast stilling\n\nDu plukker og pakker ordrer på vores lager i Ikast. Der er ikke mulighed for hjemmearbejde i denne stilling.\n\nSe jobbet: https://www.jobliste.example/job/lagerassistent-ikast-1201\n\nAndre job du måske vil synes om\n- Truckfører, Brande – Vikariat – timeløn 190 kr.\n- Kundeservice, Herning – Deltid – hjemmearbejde tre dage om ugen',
      expected: { title: 'Lagerassistent', workplace: 'onsite', employmentType: 'full-time', salary: null },
    },
    {
      name: "a longer lead-in over a list: another job's contract and remote words are not read (en)",
      text: 'Hi Sam\n\nA new job matches your alert:\n\nWarehouse Operative\nFenland Packaging Ltd, Wisbech\nFull-time · Permanent\n\nYou will pick and pack orders at our Wisbech site. This role is fully on site.\n\nView job: https://www.jobfeed.example/job/warehouse-operative-3310\n\nOther jobs you might want to look at\n- Forklift Driver, March – Temporary – £12.50 an hour\n- Customer Adviser, Ely – Part-time – remote',
      expected: { employmentType: 'full-time', salary: null },
      not: { workplace: 'remote' },
    },
    {
      name: 'repeated job blocks without a heading after the posting are other jobs (de)',
      text: 'Hallo Jan,\n\nneue Stelle für deine Suche:\n\nBuchhalter (m/w/d)\nElbtal Möbel GmbH – Dresden\nVollzeit · unbefristet\n\nDu buchst Kreditoren und Debitoren und bereitest Monatsabschlüsse in DATEV vor. Die Stelle ist vor Ort in Dresden.\n\nZur Stelle: https://www.stellenbote.example/jobs/buchhalter-4410\n\nLohnbuchhalter (m/w/d)\nSachsen Bau AG – Pirna · Teilzeit · befristet · 2.600 € pro Monat\nhttps://www.stellenbote.example/jobs/lohn-4412\n\nPraktikum Finanzen\nMeißner Porzellanwerk GmbH – Meißen · Praktikum · remote möglich\nhttps://www.stellenbote.example/jobs/praktikum-4415\n\nViel Erfolg!',
      expected: { employmentType: 'full-time', salary: null },
      not: { workplace: 'hybrid' },
    },
    {
      name: 'a short alert entry is the posting; the blocks after it are other jobs (fr)',
      text: 'Bonjour Claire,\n\nComptable fournisseurs H/F\nFromageries du Jura - Lons-le-Saunier\nCDI · Temps plein · Sur site\nhttps://www.offres-alerte.example/offre/comptable-7781\n\nAssistant paie H/F\nBois du Doubs - Besançon · Intérim · 13 € de l’heure\nhttps://www.offres-alerte.example/offre/paie-7790\n\nStage contrôle de gestion\nLunettes Morez - Morez · Stage · Télétravail partiel\nhttps://www.offres-alerte.example/offre/stage-7795',
      expected: {
        employmentType: 'full-time',
        salary: null,
        url: 'https://www.offres-alerte.example/offre/comptable-7781',
      },
      not: { workplace: 'hybrid' },
    },
  ]);
});
