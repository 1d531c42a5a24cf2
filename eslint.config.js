import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const noAnyCast = { selector: 'TSAsExpression > TSAnyKeyword', message: 'no `as any` escapes' };
/** Action ids are a closed set: the catalogue's keys. Nothing casts its way past it. */
const noActionCast = {
  selector: 'TSAsExpression TSTypeReference[typeName.name=/^(ActionId|ActionHandlers?)$/]',
  message: 'Action ids are closed: declare the action in shared/actions.ts (ACTIONS) instead of casting to ActionId.',
};

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util', 'stream', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', noAnyCast],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The domain core runs everywhere: Node, Electron main, the renderer and the CLI.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'shared/ must not import electron.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ must not import React.' },
            { group: ['@xyflow/*'], message: 'shared/ must not import React Flow.' },
            { group: nodeBuiltins, message: 'shared/ must not import Node built-ins: take I/O, time and randomness as arguments.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not import from renderer/ or electron/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'fetch', 'process', 'require'],
    },
  },
  {
    // The renderer talks to the host only through StudioApi.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'the renderer must not import electron; use StudioApi.' },
            { group: nodeBuiltins, message: 'the renderer has no Node; use StudioApi.' },
            { group: ['**/electron/**'], message: 'the renderer must not import host code.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        noAnyCast,
        noActionCast,
        {
          // A failure is reported or logged with its reason (reportError), never dropped unseen.
          selector: "CallExpression[callee.property.name='catch'] > ArrowFunctionExpression[params.length=0]",
          message: 'Do not swallow a failure: pass it to reportError(context, error) from features/files/reportError.ts.',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', noAnyCast, noActionCast] },
  },
);
