import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';
import { basePath } from './scripts/base-path.ts';
import { datasetJsonLdPlugin } from './scripts/dataset-json-ld-plugin.ts';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from './scripts/content-security-policy.ts';

/** Delivers the Content-Security-Policy with the build (not in dev, whose hot reload runs inline code). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: `/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`,
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), datasetJsonLdPlugin()],
  // Relative addresses by default, so one build works at any path; BASE=/tracker/ fixes the path.
  base: basePath(process.env.BASE),
  preview: {
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  },
  test: {
    restoreMocks: true,
    unstubGlobals: true,
    unstubEnvs: true,
    // The one place for time limits: generous, because a busy machine is slow, and no test waits
    // for a clock: nothing sleeps, property tests have a fixed seed (src/testing/property-runs.ts).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        // Plain modules; a .ts test that needs a document says so with `@vitest-environment jsdom`.
        test: {
          name: 'node',
          environment: 'node',
          // Pure modules share one module registry per worker: much faster, and nothing to leak
          // (globals stubbed in a test are put back after it, see unstubGlobals).
          isolate: false,
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'eslint/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          setupFiles: ['./src/testing/test-setup.ts'],
          include: ['src/**/*.test.tsx'],
        },
      },
    ],
  },
});
