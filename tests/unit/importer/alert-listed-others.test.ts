import { describe } from 'vitest';
import { eml, itReads } from './cases';

/*
 * After the posting's description and its link, an alert lists other jobs one a line under a lead-in in its
 * own wording, not in any table ("You might also fancy", "Mais vagas perto de você"). Each entry joins title,
 * place and facts with two or more separators. Their contract, workplace and dates are never this posting's.
 */
describe('a lead-in over one-line entries of other jobs after the posting is cut (any wording)', () => {
  itReads([
    {
      name: "the listed jobs' internship and remote work are not read (en)",
      text: 'Hi Alex,\n\nA new job matches your alert.\n\nStore Supervisor\nRidgeway Outdoor Ltd - Swindon\nFull time | Permanent\n\nYou will run the shop floor, plan the rota and train new colleagues in our Swindon store.\n\nView job: https://www.jobwire.example/jobs/store-supervisor-7781\n\nYou might also fancy\n- Retail Assistant - Remote - Internship - posted 05 January 2027\n- Stock Controller - Reading - Temporary - closing 30 January 2027\n\nTo stop these e-mails, reply STOP.',
      expected: { employmentType: 'full-time', deadline: null, workplace: null },
    },
    {
      name: "the listed jobs' internship and remote work are not read (pt-BR)",
      text: 'Olá, Ana!\n\nEncontramos uma nova vaga para o seu alerta.\n\nANALISTA FINANCEIRO\nCooperativa Serra Verde — Curitiba - PR\nEfetivo (CLT) · Tempo integral · Híbrido\nVocê vai conciliar contas, preparar relatórios mensais e apoiar o fechamento.\nVer vaga: https://www.vagasul.example/vaga/88120\n\nMais vagas perto de você\nEstágio em Finanças — Londrina - PR · Estágio · 100% remoto\nAssistente Fiscal — Maringá - PR · Temporário · Presencial\n\nPara cancelar, responda SAIR.',
      expected: { employmentType: 'full-time', workplace: 'hybrid' },
    },
    {
      name: 'an HTML alert: the entries under a heading of its own wording, one a paragraph, are cut (de)',
      file: 'alert.eml',
      text: eml({
        from: 'Stellenpost <alarm@stellenpost.example>',
        to: 'kim@mail.example',
        subject: 'Neue Stelle: Lagerist Kassel',
        html: true,
        body: '<html><body><p>Hallo Kim,</p><h2><a href="https://www.stellenpost.example/job/5510">Lagerist (m/w/d)</a></h2><p>Fulda Feinkost GmbH · Kassel</p><p>Vollzeit · unbefristet · kein Homeoffice</p><p>Sie nehmen Waren an, kommissionieren Aufträge und pflegen die Bestände im Lagerverwaltungssystem vor Ort in Kassel.</p><p><a href="https://www.stellenpost.example/job/5510">Zur Stelle</a></p><h3>Das könnte auch passen</h3><p><b>Fahrer (m/w/d)</b> – Werra Transporte, Eschwege · Minijob · Homeoffice möglich</p><p><b>Disponent (m/w/d)</b> – Eder Logistik, Fritzlar · befristet · 100 % remote</p><p>Abmelden</p></body></html>',
      }),
      expected: { employmentType: 'full-time', workplace: 'onsite' },
    },
  ]);
});
