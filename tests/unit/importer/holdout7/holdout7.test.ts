import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 7: sixteen postings in eight languages (en-US, en-IN, de-CH, de, fr-CA, fr-BE, es-AR, es, nl-BE, nl,
 * da, it, pt-BR, pt-PT), written without reading the importer source or its tables, modelled on real boards' and
 * ATSs' page and record structures other than holdouts 3 to 6's, never tuned against (see README.md beside this
 * file).
 */
describeHoldout('holdout 7', path.resolve(__dirname, 'postings'));
