import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 17: fourteen postings in eight languages (en-AU, en-SG, de, fr, es-CL, es-PE, nl, da, it, pt-BR),
 * written without reading the importer source or its tables, modelled on real boards' and ATSs' page and record
 * structures other than the earlier holdouts', never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 17', path.resolve(__dirname, 'postings'));
