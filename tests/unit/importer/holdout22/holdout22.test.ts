import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 22: fourteen postings in eight languages (en-GB, en-IN, de, fr-CA, fr, es-PE, es, nl-BE, da, it,
 * it-CH, pt-PT), written without reading the importer source or its tables, modelled on real boards', ATSs' and
 * a public employment service's page and record structures other than holdouts 2 to 18's, never tuned against
 * (see README.md beside this file).
 */
describeHoldout('holdout 22', path.resolve(__dirname, 'postings'));
