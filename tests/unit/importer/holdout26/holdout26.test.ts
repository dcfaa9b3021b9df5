import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 26: fourteen postings in eight languages (en-US, en-ZA, de-DE, fr-CA, es-CL, es-UY, nl-NL, da, it,
 * pt-PT), written without reading the importer source or its tables, modelled on real boards' and ATSs' page and
 * record structures other than holdouts 2 to 22's, never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 26', path.resolve(__dirname, 'postings'));
