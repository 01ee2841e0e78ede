// @ts-check
import nounsanitized from 'eslint-plugin-no-unsanitized';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'demo-output/**',
      'test-output/**',
      'lib/dataset/generated/**',
      'stats.html',
    ],
  },
  {
    files: ['{entrypoints,components,lib,scripts,tests}/**/*.{ts,tsx,js,mjs}', '*.{ts,js,mjs}'],
    extends: [tseslint.configs.recommended, nounsanitized.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
