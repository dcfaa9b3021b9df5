import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 12: eighteen postings in eight languages (en-GB, en-ZA, en-CA, en-IN, de-AT, de, fr-CA, fr, es-CL, es,
 * nl, nl-BE, da, it, pt-BR, pt-PT), written without reading the importer source or its tables, modelled on real
 * boards' and ATSs' page, record and e-mail structures other than holdouts 3 to 11's, never tuned against (see
 * README.md beside this file).
 */
describeHoldout('holdout 12', path.resolve(__dirname, 'postings'));
