import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 14: sixteen postings in eight languages (en-GB, en-US, de, de-AT, fr, fr-BE, es-CO, es, nl, da, it,
 * pt-BR, pt-PT), written without reading the importer source or its tables, modelled on real boards' and ATSs'
 * page and record structures other than holdouts 3 to 12's, never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 14', path.resolve(__dirname, 'postings'));
