import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 25: fourteen postings in eight languages (en-IE, en-IN, en-SG, de-CH, fr-CH, fr-LU, es-CO, es-AR, nl,
 * da, it, pt-BR), written without reading the importer source or its tables, modelled on boards' and ATSs' page
 * and record shapes other than the earlier holdouts', never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 25', path.resolve(__dirname, 'postings'));
