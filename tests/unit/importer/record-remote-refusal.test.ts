import { describe, expect, it } from 'vitest';
import { recordFields } from './cases';

/*
 * A record whose description refuses remote work with a participle that agrees with its noun ("non è
 * prevista la possibilità di lavoro da remoto", "no está prevista la posibilidad de teletrabajo"): on-site,
 * never remote, whatever a `Remote_Job: false` flag beside it leaves unsaid.
 */
describe('a foreseen-not possibility of remote work is on-site', () => {
  it('Italian record (it)', () => {
    const f = recordFields({
      Posting_Title: 'Manutentore elettrico',
      Remote_Job: false,
      Job_Description:
        '<p>Manutenzione degli impianti di verniciatura.</p><p>Il lavoro si svolge interamente in stabilimento a Schio; non è prevista la possibilità di lavoro da remoto.</p>',
    });
    expect(f.workplace).toBe('onsite');
  });

  it('Spanish record (es)', () => {
    const f = recordFields({
      titulo: 'Técnico de mantenimiento',
      teletrabajoDisponible: false,
      descripcion:
        '<p>Mantenimiento de las líneas de envasado.</p><p>El trabajo se realiza en la planta de Alcalá; no está prevista la posibilidad de teletrabajo.</p>',
    });
    expect(f.workplace).toBe('onsite');
  });
});
