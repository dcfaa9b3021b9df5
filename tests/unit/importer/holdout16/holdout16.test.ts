import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 16: fourteen postings in eight languages (en-CA, en-GB, de, fr-BE, fr-CH, es, es-AR, nl, da, it-CH,
 * pt-PT), written without reading the importer source or its tables, modelled on real boards' and ATSs' page and
 * record structures other than the earlier holdouts', never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 16', path.resolve(__dirname, 'postings'));
