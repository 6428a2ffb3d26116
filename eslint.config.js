import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import redos from 'eslint-plugin-redos';
import tseslint from 'typescript-eslint';

// The pipeline is shared by the Node build and the browser app, so it must stay
// free of React, the DOM and the app's own folders (DESIGN.md: one-way data flow).
const pipelineBoundary = {
  files: ['src/pipeline/**/*.ts'],
  languageOptions: { globals: { ...globals.es2022 } },
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['react', 'react-*', 'react/*', '@tanstack/*'],
            message: 'The pipeline is UI-free.',
          },
          { group: ['node:*', 'fs', 'path'], message: 'Only src/build reads files.' },
          {
            group: ['**/app/**', '**/features/**', '**/components/**', '**/data/**', '**/build/**'],
            message: 'The pipeline may not import the app or the build step.',
          },
        ],
      },
    ],
    'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
  },
};

// Features are independent slices; shared code lives in components/ and data/.
const featureBoundary = {
  files: ['src/features/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/features/*/**', '!./**'],
            message: 'A feature may not import another feature.',
          },
          { group: ['**/build/**'], message: 'The app never runs the build step.' },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '.tmp', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
    },
  },
  {
    files: ['src/app/**', 'src/features/**', 'src/components/**', 'src/data/**', 'tests/ui/**'],
    ...reactHooks.configs.flat['recommended-latest'],
    languageOptions: { globals: { ...globals.browser } },
  },
  pipelineBoundary,
  featureBoundary,
  {
    // Seeds are untrusted text: no pattern may take time growing faster than its input.
    // A pattern whose input is short by construction says why, beside a disable comment.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { redos },
    rules: { 'redos/no-vulnerable': 'error' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Plain scripts the page loads as they are (public/prerender-guard.js).
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
);
