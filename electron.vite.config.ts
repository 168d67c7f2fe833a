import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// One build gives the desktop app (main + preload + renderer) and the browser-mode server (out/main/server.js),
// so the browser tests run exactly the renderer that ships.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          server: resolve(__dirname, 'electron/server/main.ts'),
          // The .xlsx parse worker (electron/core/exchange/xlsx-parse.ts starts it from beside the bundle).
          'xlsx-worker': resolve(__dirname, 'electron/core/exchange/xlsx-worker.ts'),
          // A fresh backup's integrity_check (electron/core/backup/integrity-check.ts starts it the same way).
          'integrity-worker': resolve(__dirname, 'electron/core/backup/integrity-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      // A sandboxed preload can require nothing but Electron: bundle what it uses.
      externalizeDeps: false,
      rollupOptions: {
        external: ['electron'],
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
      // electron-vite ships the renderer unminified by default: 3.8 MB the window parses at every start (issue 12).
      minify: true,
      chunkSizeWarningLimit: 4000
    },
    plugins: [react()]
  }
})
