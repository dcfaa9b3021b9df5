import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout (or installed package) root, two folders above this file. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIR = path.join(PROJECT_ROOT, 'dist', 'renderer');
