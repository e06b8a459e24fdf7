import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      // monaco-yaml's worker imports `monaco-editor/esm/vs/...`, which monaco-editor's exports
      // map (`./*` → `./esm/vs/*`) no longer resolves: point it at the files themselves.
      {
        find: /^monaco-editor\/esm\/vs\//,
        replacement: fileURLToPath(
          new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url),
        ),
      },
    ],
  },
  optimizeDeps: {
    // The monaco-yaml worker is imported only from a `?worker` entry, which the dependency scan
    // does not follow: found late, on the first open, its optimisation made Vite reload the page.
    include: ['monaco-yaml/yaml.worker.js'],
  },
  server: { port: 5173, strictPort: false },
});
