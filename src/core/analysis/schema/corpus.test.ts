import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesign } from '../../design/design.ts';
import { DEFAULT_GATEWAY_API_TARGET } from '../../schemas/gateway-api/target.ts';
import { EXPERIMENTAL } from './test-helpers.ts';
import { validateDesignSchema } from './validate.ts';

const examples = resolve(process.cwd(), '../shared/corpus/gateway-api/examples');
const seeds = resolve(process.cwd(), '../shared/seeds');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** Warnings the corpus is allowed, by file and code, each with the reason. */
const ALLOWED_WARNINGS: Record<string, Record<string, string>> = {};

describe('Gateway API examples validate', () => {
  for (const file of yamlFiles(examples)) {
    const name = relative(examples, file);
    it(name, () => {
      const design = createDesign([{ name, text: readFileSync(file, 'utf8') }]);
      // Each example is checked against the channel it is written for (its directory).
      const channel = name.startsWith('experimental') ? EXPERIMENTAL : DEFAULT_GATEWAY_API_TARGET;
      const found = validateDesignSchema(design, channel);
      const unexpected = found.filter(
        (d) => d.severity === 'error' || !ALLOWED_WARNINGS[name]?.[d.code],
      );
      expect(unexpected.map((d) => `${d.code} ${d.message}`)).toEqual([]);
    });
  }
});

/** The seed notes' ```yaml blocks that parse cleanly (some are broken on purpose). */
function seedBlocks(): { name: string; text: string }[] {
  return readdirSync(seeds).flatMap((file) => {
    const text = readFileSync(join(seeds, file), 'utf8');
    return [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m, i) => ({
      name: `${file}#${i}`,
      text: m[1]!,
    }));
  });
}

describe('well-formed seed blocks validate', () => {
  for (const block of seedBlocks()) {
    it(block.name, () => {
      const design = createDesign([block]);
      if (design.diagnostics.some((d) => d.severity === 'error')) return; // broken on purpose
      const errors = validateDesignSchema(design).filter((d) => d.severity === 'error');
      expect(errors.map((d) => `${d.code} ${d.message}`)).toEqual([]);
    });
  }
});
