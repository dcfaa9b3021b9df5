import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 24: fourteen postings in eight languages (en-NZ, en-CA, en-AU, de-AT, fr-BE, es-MX, nl-BE, da, it-CH,
 * pt-PT), written without reading the importer source or its tables, modelled on board and ATS shapes not used by
 * holdouts 2 to 22, never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 24', path.resolve(__dirname, 'postings'));
