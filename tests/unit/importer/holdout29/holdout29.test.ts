import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 29: fourteen postings in eight languages (en-IE, en-ZA, de-DE, fr-FR, es-CO, es-CL, nl-NL, da, it,
 * pt-BR), written without reading the importer source or its tables, on boards and shapes not in holdouts 2 to
 * 26's tables, never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 29', path.resolve(__dirname, 'postings'));
