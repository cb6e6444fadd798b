import fs from 'node:fs';
import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { MAX_LINES } from './eslint/max-lines.js';
import { noImportCycle } from './eslint/no-import-cycle.js';

const features = fs
  .readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The layers of src/ and what each may not import (see README, Folders). app composes everything;
 * a feature uses components, ui, i18n, state and data, never another feature.
 */
const zones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature does not import another feature: move what they share down a layer.',
  })),
  {
    target: [
      './src/features',
      './src/components',
      './src/ui',
      './src/i18n',
      './src/state',
      './src/data',
    ],
    from: './src/app',
    message: 'Only the app composes the page.',
  },
  {
    target: ['./src/components', './src/ui', './src/i18n', './src/state', './src/data'],
    from: './src/features',
    message: 'Features are composed by the app; shared code lives below them.',
  },
  {
    target: './src/ui',
    from: ['./src/state', './src/data', './src/components'],
    message: 'ui holds domain-free building blocks: give them props instead.',
  },
  {
    target: './src/data',
    from: ['./src/state', './src/i18n', './src/components', './src/ui'],
    message: 'data is the bottom layer: wording belongs to i18n or a feature.',
  },
  {
    target: './src/state',
    from: ['./src/i18n', './src/components', './src/ui'],
    message: 'state holds the view and its URL, not wording or components.',
  },
  {
    target: './src/i18n',
    from: ['./src/components', './src/ui'],
    message: 'i18n holds wording and formatting, not components.',
  },
  {
    target: './src/**/!(*.test).{ts,tsx}',
    from: './src/testing/**',
    message: 'Test helpers are for tests only.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data is rendered as text only.',
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX, local: { rules: { 'no-import-cycle': noImportCycle } } },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'local/no-import-cycle': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}', 'tests/**/*.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/folder-naming-convention': ['error', { '**/': 'KEBAB_CASE' }],
      // Modules are kebab-case; a .tsx file is named after the component it exports.
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    // Entry points and test helpers export no component; a test may be named after a topic.
    ignores: ['src/main.tsx', 'src/entry-prerender.tsx', 'src/testing/**', 'src/**/*.test.tsx'],
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.tsx': 'PASCAL_CASE' },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  {
    // Small files: one concern each. Wording catalogs (messages.ts) are lists, not logic.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['**/messages.ts'],
    rules: { 'max-lines': ['error', { max: MAX_LINES }] },
  },
  {
    files: ['*.js', 'eslint/**/*.js', 'scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    // Playwright fixtures call their continuation `use`, which is not React's hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
