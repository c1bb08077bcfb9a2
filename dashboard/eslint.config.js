import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Run by `npm run lint` (and by tests/run.sh): TypeScript's recommended rules, the rules of hooks (the classic
// two; the plugin's React Compiler rules assume a compiler this Preact app does not use), and feature folders
// that never import each other — a view shares code only through components/, api/ and live/.
export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/api/schema.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: '^\\.\\./(case|national|point|program|signin|statistics)(/|$)',
          message: 'A view does not import another view: move what both need to components/, api/ or live/.',
        }],
      }],
    },
  },
  {
    // The browser suite runs in Node and hands some functions to the page.
    files: ['tests/**/*.mjs', '*.js', '*.ts', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
