import { defineConfig, type Plugin } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Vitest's meta-env replacer runs before WXT's `define`, so `import.meta.env.BROWSER` and friends read as
 * undefined in tests. Inline them as literals first (real booleans, not the strings `test.env` would give).
 */
function inlineWxtEnv(env: Record<string, unknown>): Plugin {
  return {
    name: 'sourcelight:inline-wxt-env',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !code.includes('import.meta.env.')) return null;
      return code.replace(/import\.meta\.env\.([A-Z_]+)\b/g, (whole, key: string) =>
        key in env ? JSON.stringify(env[key]) : whole,
      );
    },
  };
}

export default defineConfig({
  plugins: [
    inlineWxtEnv({ BROWSER: 'chrome', MANIFEST_VERSION: 3, CHROME: true, FIREFOX: false, SAFARI: false, EDGE: false, OPERA: false }),
    WxtVitest(),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
