import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { contentSecurityPolicy } from './src/ui/csp.ts';

// sql.js is imported only from the worker, which Vite's dependency scanner
// does not follow; listing it keeps the dev server from reloading mid-upload.
export default defineConfig({
  plugins: [react()],
  optimizeDeps: { include: ['sql.js'] },
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 1500, target: 'es2022' },
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy } },
  server: { headers: { 'Content-Security-Policy': contentSecurityPolicy } },
});
