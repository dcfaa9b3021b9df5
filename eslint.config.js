import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The process split (docs/ARCHITECTURE.md), enforced: who may import whom. */
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const ELECTRON = { regex: '^electron(/|$)', message: 'Only electron/shell may import Electron.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', '.cache/**', 'node_modules/**', 'test-results/**', 'bin/**', 'scripts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: restrict(ELECTRON, {
      regex: '(^|/)(host|shell|cli)(/|$)',
      message: 'electron/core is plain Node: the host, the shell and the CLI import it, never the reverse.',
    }),
  },
  {
    files: ['electron/shell/**/*.ts'],
    rules: restrict({
      regex: '(^|/)(host|cli)(/|$)',
      message: 'The shell and the browser host are two separate ways in; share code through electron/core or shared/.',
    }),
  },
  {
    files: ['electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict(ELECTRON),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx', 'shared/**/*.ts'],
    rules: restrict(ELECTRON, {
      regex: '(^|/)electron/',
      message: 'The renderer and shared/ reach the core only through the API contract (shared/client.ts).',
    }),
  },
);
