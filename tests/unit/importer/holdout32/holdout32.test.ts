import path from 'node:path';
import { describeHoldout } from '../holdout';

/*
 * Holdout 32: twelve postings in eight languages (en-NZ, en-CA, en-AU, de-CH, de-AT, fr-CA, fr-BE, es-MX, nl-BE,
 * da, it, pt-PT), written without reading the importer source or its tables, modelled on boards and shapes not in
 * the earlier holdouts' tables, never tuned against (see README.md beside this file).
 */
describeHoldout('holdout 32', path.resolve(__dirname, 'postings'));
