import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 10: eighteen postings in eight languages (en-US, en-IE, en-CA, en-AU, de, de-CH, fr, fr-LU, es-CL,
 * es-UY, nl, nl-BE, da, it, pt-PT, pt-BR), written without reading the importer source or its tables, modelled on
 * boards' and ATSs' page and record structures other than holdouts 3 to 9's, never tuned against (see README.md
 * beside this file).
 */
describeHoldout('holdout 10', path.resolve(__dirname, 'postings'));
