import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 8: sixteen postings in eight languages (en-AU, en-IE, de, de-AT, fr-CA, fr-BE, es-MX, es-CL, nl, da, it,
 * pt-PT, pt-BR), written without reading the importer source or its tables, modelled on real boards' and ATSs' page
 * and record structures other than holdouts 3 to 7's, never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 8', path.resolve(__dirname, 'postings'));
