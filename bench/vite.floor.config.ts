import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Builds the bench floor page (bench/floor) the same way as the app, into its own folder.
export default defineConfig({
  root: fileURLToPath(new URL('./floor', import.meta.url)),
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../dist-bench-floor', import.meta.url)), emptyOutDir: true },
});
