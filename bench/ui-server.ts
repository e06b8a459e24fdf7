import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, createServer, preview } from 'vite';

export interface AppServer {
  url: string;
  /** What is served: the production build (`vite build` + `vite preview`) or the dev server. */
  mode: 'production' | 'dev';
  /** Wall time of `vite build`, in milliseconds (0 for the dev server). */
  buildMs: number;
  close(): Promise<void>;
}

/**
 * Serves the app on a free port: by default a production build in a temporary folder (what users
 * get, so the fairer measure), with `dev` the Vite dev server (unbundled modules: slower to open).
 */
export async function startAppServer(options: { dev: boolean; port: number }): Promise<AppServer> {
  const root = process.cwd();
  const server = { host: '127.0.0.1', port: options.port, strictPort: false };
  if (options.dev) {
    const dev = await createServer({ root, logLevel: 'warn', server });
    await dev.listen();
    return {
      url: dev.resolvedUrls!.local[0]!,
      mode: 'dev',
      buildMs: 0,
      close: () => dev.close(),
    };
  }
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'route-studio-bench-ui-'));
  const started = performance.now();
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const buildMs = performance.now() - started;
  const served = await preview({ root, logLevel: 'warn', build: { outDir }, preview: server });
  return {
    url: served.resolvedUrls!.local[0]!,
    mode: 'production',
    buildMs,
    close: async () => {
      await served.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
