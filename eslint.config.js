import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through platform/config.' }],
    },
  },
  {
    files: ['src/platform/config/**', 'test/**', 'jest.config.js', 'bench/**', 'src/cli/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // The web pages' own script runs in the browser, as a classic script (no build step).
    files: ['assets/web/**/*.js'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
  },
  {
    files: ['migrations/**'],
    rules: { '@typescript-eslint/no-unsafe-function-type': 'off' },
  },
);
