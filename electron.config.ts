import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

/**
 * electron-vite 6 build of the three parts into out/. The preload is emitted as CommonJS
 * (out/preload/index.cjs) with its imports bundled in, because a sandboxed preload can
 * only `require('electron')` and cannot be an ES module.
 */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // loadWorker: the worker thread that parses large maps off the main process (services/documents/offThread.ts).
      lib: { entry: { index: resolve(root, 'electron/main/index.ts'), loadWorker: resolve(root, 'electron/services/documents/loadWorker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
