import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 4: fourteen postings in eight languages, written without reading the importer source or its tables,
 * modelled on real boards' page and record structures, never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 4', path.resolve(__dirname, 'postings'));
