import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 13: sixteen postings in eight languages (en-GB, en-AU, de-AT, de, fr, fr-CH, es, es-CO, nl, nl-BE, da,
 * it, pt-PT, pt-BR), written without reading the importer source or its tables, modelled on real boards' and ATSs'
 * page and record structures other than holdouts 3 to 12's, never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 13', path.resolve(__dirname, 'postings'));
