import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 11: eighteen postings in eight languages (en-US, en-ZA, en-CA, en-IE, de, de-CH, fr, es-AR, es-PE, nl,
 * nl-BE, da, it, pt-BR, pt-PT), written without reading the importer source or its tables, modelled on real boards'
 * and ATSs' page and record structures other than holdouts 3 to 10's, never tuned against (see README.md beside
 * this file).
 */
describeHoldout('holdout 11', path.resolve(__dirname, 'postings'));
