import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 15: fourteen postings in eight languages (en-US, en-GB, de-CH, de, fr-CA, fr, es-MX, es, nl-BE, nl, da,
 * it, pt-BR, pt-PT), written without reading the importer source or its tables, modelled on real boards' and
 * ATSs' page and record structures other than the earlier holdouts', never tuned against (see README.md beside
 * this file).
 */
describeHoldout('holdout 15', path.resolve(__dirname, 'postings'));
