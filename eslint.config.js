import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const uiPackages = [
  'react',
  'react-dom',
  'react/*',
  'zustand',
  'zustand/*',
  '@xyflow/react',
  'monaco-editor',
  'monaco-editor/*',
  'monaco-yaml',
  'monaco-yaml/*',
];

export default tseslint.config(
  {
    ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report', '.scratch'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // The core is pure TypeScript: it runs in the browser, in Node (CLI) and in tests alike.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiPackages, message: 'src/core imports no UI framework, store or editor.' },
            {
              group: ['**/store/**', '**/ui/**', '**/cli/**'],
              message: 'src/core depends on nothing above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@xyflow/react', 'monaco-editor', 'monaco-editor/*'],
              message: 'src/store holds state, not views.',
            },
            { group: ['**/ui/**', '**/cli/**'], message: 'src/store depends on core only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...uiPackages, '**/store/**', '**/ui/**'],
              message: 'The CLI uses the core only.',
            },
          ],
        },
      ],
    },
  },
);
