import { describe, expect, it } from 'vitest';
import { dedent } from './dedent.ts';

describe('dedent', () => {
  it('removes the common margin and keeps relative indentation and the final newline', () => {
    expect(dedent`
      a:
        - b
      c: 1
    `).toBe('a:\n  - b\nc: 1\n');
  });

  it('inserts values as they are', () => {
    expect(dedent`
      x: ${42}
    `).toBe('x: 42\n');
  });
});
