import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 18: fourteen postings in eight languages (en-US, en-PH, de-CH, de-AT, fr-LU, es, es-UY, nl-BE, da, it,
 * pt-PT), written without reading the importer source or its tables, modelled on real boards' and ATSs' page and
 * record structures other than the earlier holdouts', never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 18', path.resolve(__dirname, 'postings'));
