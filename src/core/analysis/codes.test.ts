import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_CODES } from './codes.ts';

describe('analysis codes', () => {
  it('are each documented in docs/diagnostics.md with their istioCode', () => {
    const docs = readFileSync(resolve(process.cwd(), 'docs/diagnostics.md'), 'utf8');
    for (const [code, info] of Object.entries(ANALYSIS_CODES)) {
      expect(docs, code).toContain(`**\`${code}\`**`);
      if (info.istioCode) expect(docs, code).toContain(info.istioCode);
    }
  });
});
