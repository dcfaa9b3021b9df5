import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 30: fourteen postings in eight languages (en-US, en-SG, en-PH, de-DE, fr-FR, es-ES, es-PE, nl-NL, da,
 * it, pt-PT), written without reading the importer source or its tables, modelled on board and ATS page and record
 * shapes other than the earlier holdouts', never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 30', path.resolve(__dirname, 'postings'));
