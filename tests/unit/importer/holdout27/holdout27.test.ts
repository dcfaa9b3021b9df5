import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 27: fourteen postings in eight languages (en-US, en-GB, de-DE, fr-FR, es-ES, nl-NL, da, it, pt-BR),
 * written without reading the importer source or its tables, modelled on boards' and ATSs' page and record shapes
 * not used by holdouts 2 to 26, never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 27', path.resolve(__dirname, 'postings'));
