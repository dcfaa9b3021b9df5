import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 33: twelve postings in eight languages (en-ZA, en-IN, en-SG, de-DE, fr-CH, fr, es-AR, nl-NL, da, it,
 * pt-BR), written without reading the importer source or its tables, modelled on boards', ATSs' and public
 * services' page and record shapes not used by earlier holdouts, never tuned against (see README.md beside this
 * file).
 */
describeHoldout('holdout 33', path.resolve(__dirname, 'postings'));
