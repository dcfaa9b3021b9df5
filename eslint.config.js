import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The process split (docs/ARCHITECTURE.md), enforced: who may import whom. */
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const ELECTRON = { regex: '^electron(/|$)', message: 'Only electron/shell may import Electron.' };

/** The Node globals scripts/ and bin/ use (the `globals` package is not a dependency of ours). */
const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'AbortController',
    'fetch',
    'performance',
    'structuredClone',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'queueMicrotask',
  ].map((name) => [name, 'readonly']),
);

const TS = ['**/*.ts', '**/*.tsx'];
/** typescript-eslint's shared configs, limited to TypeScript: scripts/ and bin/ (.mjs) have no tsconfig. */
const forTs = (configs) => configs.map((config) => ({ ...config, files: TS }));

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', '.cache/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...forTs(tseslint.configs.strictTypeChecked),
  ...forTs(tseslint.configs.stylisticTypeChecked),
  {
    files: TS,
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
      // Messages and SQL are built from counts, ids, dates and sizes: numbers and booleans read well in a
      // template; objects, arrays, null and undefined (the real slips, "[object Object]") stay errors.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // Handlers are written `() => setOpen(false)` / `(r) => notifier.show(r)` across the code: an arrow's
      // shorthand body returning void is the house style. Void in any other position (`return log()`,
      // `x = fn()`, `a && fn()`) is still reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Parsed JSON (schema.org, fixtures) is read as `record['name']`: the brackets mark a key that may be
      // missing, as TypeScript's noPropertyAccessFromIndexSignature would. Declared properties still use dots.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // An empty string means "no value" across the contract (`role || null`, `name || email || part`):
      // `||` on strings is deliberate. `??` is still required for numbers, booleans and objects.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // `x!` is used where the type system cannot see an invariant the code just established (an index
      // proven in range under noUncheckedIndexedAccess, a row the same transaction just inserted).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `interface Props {}` placeholders and `{}` in generic constraints are deliberate in the contract.
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    // Vitest types its asymmetric matchers (`expect.stringContaining(...)`) as `any`, so every expected
    // object holding one is an "unsafe assignment". Using an `any` (member access, call, argument, return)
    // is still reported in tests.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // React's rules of hooks and the React Compiler checks, for the renderer only.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Node scripts (.mjs): no tsconfig covers them, so JS recommended rules only, with Node's globals.
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs'],
    languageOptions: { globals: NODE_GLOBALS, sourceType: 'module', ecmaVersion: 'latest' },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
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
