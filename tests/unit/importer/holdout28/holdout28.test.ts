import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 28: fourteen postings in eight languages (en-AU, en-CA, de-CH, de-AT, fr-BE, fr-CH, es-MX, es-AR, nl-BE,
 * da, it, pt-PT), written without reading the importer source or its tables, modelled on boards' and ATSs' page
 * and record shapes not used by earlier holdouts, never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 28', path.resolve(__dirname, 'postings'));
