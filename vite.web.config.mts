import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The same renderer as a plain offline web page (no Electron): used by `npm run web`
// and by the Playwright end-to-end tests.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  // The heavy-task worker (renderer/src/worker) is a module worker that loads each task's code when first needed.
  worker: { format: 'es' },
  build: { outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
