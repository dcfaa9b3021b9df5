import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 21: fourteen postings in eight languages (en-AU, en-US, de, fr, es-CL, nl, da, it, pt-BR), written
 * without reading the importer source or its tables, modelled on real boards' and ATSs' page and record
 * structures other than holdouts 2 to 18's, never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 21', path.resolve(__dirname, 'postings'));
