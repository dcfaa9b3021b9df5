import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 6: sixteen postings in eight languages (en-US, en-GB, de-AT, de, fr, es-MX, es, nl, da, it, pt-PT),
 * written without reading the importer source or its tables, modelled on real boards' and ATSs' page and
 * record structures other than holdouts 3, 4 and 5's, never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 6', path.resolve(__dirname, 'postings'));
