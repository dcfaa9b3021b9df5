import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 20: fourteen postings in eight languages (en-NZ, en-IE, de-CH, fr-BE, fr-CH, es-MX, es-CO, nl-BE, da,
 * it-IT, pt-PT), written without reading the importer source or its tables, modelled on real boards' and ATSs'
 * page and record structures other than the earlier holdouts', never tuned against (see README.md beside this
 * file).
 */
describeHoldout('holdout 20', path.resolve(__dirname, 'postings'));
