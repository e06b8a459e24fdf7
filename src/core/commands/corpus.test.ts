import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesign, findFile, type Design } from '../design/design.ts';
import { applyCommand } from './apply.ts';
import { routeLayout } from './layout.ts';
import type { Command } from './types.ts';

const ROOT = resolve(process.cwd(), '../shared/corpus/gateway-api/examples');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** The lines removed and added between two texts, around their common first and last lines. */
function lineChange(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

function run(design: Design, command: Command, file: string) {
  const result = applyCommand(design, command);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.design.diagnostics.filter((d) => d.code.startsWith('yaml-'))).toEqual([]);
  return lineChange(findFile(design, file)!.text, findFile(result.design, file)!.text);
}

const files = yamlFiles(ROOT);

describe('commands on the Gateway API examples', () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))(
    '%s: only the expected lines change',
    (name, path) => {
      const text = readFileSync(path, 'utf8');
      const design = createDesign([{ name, text }]);
      for (const resource of design.resources) {
        if (design.byKey.get(resource.key) !== resource) continue;
        const key = resource.key;
        const labelled = run(
          design,
          { type: 'setField', key, path: ['metadata', 'labels', 'studio'], value: 'yes' },
          name,
        );
        expect(labelled.removed).toEqual([]);
        expect(labelled.added.map((l) => l.trim())).toContain('studio: yes');
        expect(labelled.added.length).toBeLessThanOrEqual(2);

        const renamed = run(
          design,
          { type: 'renameResource', key, name: 'renamed', updateReferences: false },
          name,
        );
        expect(renamed.removed).toHaveLength(1);
        expect(renamed.added).toEqual([renamed.removed[0]!.replace(resource.name, 'renamed')]);

        const removed = run(design, { type: 'removeResource', key }, name);
        expect(removed.added.filter((l) => l !== '')).toEqual([]);
        expect(removed.removed.join('\n')).toContain(`name: ${resource.name}`);

        const rules =
          routeLayout(resource) && (resource.value.spec as { rules?: unknown[] })?.rules;
        if (Array.isArray(rules) && rules.length > 0) {
          const backend = run(
            design,
            { type: 'addBackend', key, rule: 0, backend: { name: 'extra', port: 80 } },
            name,
          );
          // A single backend's weight becomes 50 (the split made visible); nothing else goes.
          expect(
            backend.removed.filter(
              (l) =>
                l.trim() !== '' &&
                !l.includes('backendRefs') &&
                !/^\s*weight: /.test(l) &&
                !backend.added.includes(l),
            ),
          ).toEqual([]);
          expect(backend.added.map((l) => l.trim())).toContain('port: 80');
        }
      }
    },
  );
});
