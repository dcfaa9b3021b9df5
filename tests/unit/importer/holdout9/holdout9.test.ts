import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 9: eighteen postings in eight languages (en-US, en-GB, en-NZ, en-SG, de-AT, de, fr-CH, fr, es-CO, es,
 * nl-BE, nl, da, it, pt-BR, pt-PT), written without reading the importer source or its tables, modelled on real
 * boards' and ATSs' page and record structures other than holdouts 3 to 8's, never tuned against (see README.md
 * beside this file).
 */
describeHoldout('holdout 9', path.resolve(__dirname, 'postings'));
