import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesign } from '../design/design.ts';
import {
  DEFAULT_GATEWAY_API_TARGET,
  parseGatewayApiTarget,
} from '../schemas/gateway-api/target.ts';
import { analyzeDesign } from './analyze.ts';

/** Each example is analyzed on the channel it is written for: its top directory. */
const EXPERIMENTAL = parseGatewayApiTarget('v1.6-experimental')!;
const channelOf = (path: string) =>
  relative(root, path).startsWith('experimental') ? EXPERIMENTAL : DEFAULT_GATEWAY_API_TARGET;

const root = resolve(process.cwd(), '../shared/corpus/gateway-api/examples');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return path.endsWith('.yaml') || path.endsWith('.yml') ? [path] : [];
    });
}

const files = yamlFiles(root);
const byDirectory = new Map<string, string[]>();
for (const file of files)
  byDirectory.set(dirname(file), [...(byDirectory.get(dirname(file)) ?? []), file]);

function errorsOf(paths: string[]): string[] {
  const design = createDesign(
    paths.map((p) => ({ name: relative(root, p), text: readFileSync(p, 'utf8') })),
  );
  return analyzeDesign(design, { gatewayApi: channelOf(paths[0]!) })
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.file}:${d.range?.start.line} ${d.code}: ${d.message}`);
}

describe('Gateway API examples', () => {
  it('are all found', () => {
    expect(files.length).toBeGreaterThan(80);
  });

  it.each([...byDirectory.keys()].map((d) => [relative(root, d) || '.']))(
    'directory %s analyzes with no error',
    (dir) => {
      expect(errorsOf(byDirectory.get(join(root, dir))!)).toEqual([]);
    },
  );

  it('every file alone analyzes with no error (missing objects are warnings)', () => {
    const failures = files.flatMap((file) => errorsOf([file]));
    expect(failures).toEqual([]);
  });
});
