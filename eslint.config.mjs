import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const engineRooms = ['plan', 'text', 'document', 'check', 'cite', 'compose', 'errors', 'evaluate'];

export default tseslint.config(
  // Blind layout sets keep their writers' own generators and verifiers as they arrived (frozen fixtures, not our code).
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', 'test-results/**', '.cache/**', 'bin/**', 'test/fixtures/layout-blind/*/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The engine runs unchanged in Word, Node and the browser: no host, React, Office.js or Node built-ins.
    files: engineRooms.map((room) => `src/${room}/**/*.ts`),
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'zlib', 'child_process'], message: 'The engine must not import Node built-ins.' },
          { group: ['react', 'react-dom', '@fluentui/*'], message: 'The engine must not import React.' },
          { group: ['**/word/**', '**/docx/**', '**/playground/**', '**/taskpane/**', '**/cli/**'], message: 'The engine must not import a host or a face.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'Office', message: 'The engine must not touch Office.js.' }, { name: 'Word', message: 'The engine must not touch Office.js.' }],
    },
  },
  {
    files: ['**/*.cjs', 'webpack.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
