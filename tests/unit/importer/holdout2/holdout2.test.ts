import path from 'node:path';
import { describeHoldout } from '../holdout';

/* Holdout 2: ten postings written without reading the importer source, never tuned against (since fixed on). */
describeHoldout('holdout 2', path.resolve(__dirname, 'postings'));
