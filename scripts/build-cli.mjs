// Bundles the CLI (src/cli/main.ts and everything it imports) into one JavaScript file, so the
// `route-studio` command starts without compiling TypeScript. Run by `npm install` (prepare).
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = process.argv[2] ?? `${root}dist-cli/route-studio.mjs`;

await build({
  entryPoints: [`${root}src/cli/main.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // yaml's Node build is CommonJS and requires Node's modules: give the ES module a `require`.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
// Executable, so the file runs by itself (`./dist-cli/route-studio.mjs`) as well as through npm's link.
chmodSync(outfile, 0o755);
