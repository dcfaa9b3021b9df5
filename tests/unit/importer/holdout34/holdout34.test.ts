import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 34: twelve postings in eight languages (en-US, en-PH, en-SG, de-DE, fr-FR, es-ES, es-UY, nl-NL, da, it,
 * pt-PT), written without reading the importer source or its tables, modelled on board and ATS shapes other than
 * the earlier holdouts', never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 34', path.resolve(__dirname, 'postings'));
