// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'certmerge-data/**', 'test-artifacts/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Mail corpora: message texts written by their authors. Ideographic spaces and ISO-2022-JP escape
    // checks are the data; a persona a writer did not use harms nothing.
    files: ['test/mail/corpus/**/*.ts'],
    ignores: ['test/mail/corpus/corpus.test.ts'],
    rules: {
      'no-irregular-whitespace': 'off',
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    files: ['src/machines/**'],
    rules: {
      // The lifecycle is pure: no I/O, no other layers.
      'no-restricted-imports': ['error', { patterns: ['../mail/*', '../server/*', '../store/*', '../cli/*', '../app/*', 'node:*'] }],
    },
  },
);
