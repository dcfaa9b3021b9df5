import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 31: twelve postings in nine languages and regional variants (en-US, en-GB, de-DE, fr-FR, es-ES, nl-NL,
 * da, it, pt-BR), written without reading the importer source or its tables, on boards and shapes not used by
 * holdouts 2 to 30, never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 31', path.resolve(__dirname, 'postings'));
