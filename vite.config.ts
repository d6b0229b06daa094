import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The production page may load nothing but its own files: no CDN, no analytics, no inline script.
 * Set as a meta tag in the built page (so any static host enforces it) and as a header in preview.
 * Not in dev, where Vite's React refresh needs an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'self' blob:",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const DOMAIN_TESTS = 'src/domain/**/*.test.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // OUT_DIR lets parallel test runs on one machine build and serve separate copies.
  build: { target: 'es2022', sourcemap: false, outDir: process.env.OUT_DIR ?? 'dist' },
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    environment: 'node',
    setupFiles: ['src/testing/setup-tests.ts'],
    // PDF rendering and property tests take seconds on a loaded 2-core machine.
    testTimeout: 30_000,
    projects: [
      {
        // Domain code is pure (no DOM, storage, clock or module state), so its test files can share
        // one module cache per worker (the whole unit run went from about 123 s to 72 s here).
        extends: true,
        test: { name: 'domain', include: [DOMAIN_TESTS], isolate: false },
      },
      {
        // Components, storage and scripts keep a fresh module graph per file (mocks, fake IndexedDB).
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          exclude: [DOMAIN_TESTS],
        },
      },
    ],
  },
});
