import { describe, expect, it } from 'vitest';
import { countOf } from './plural.ts';

describe('countOf', () => {
  it('says one thing, several things, and info without an s', () => {
    expect(countOf(1, 'backend')).toBe('1 backend');
    expect(countOf(0, 'error')).toBe('0 errors');
    expect(countOf(2, 'warning')).toBe('2 warnings');
    expect(countOf(1, 'info')).toBe('1 info');
    expect(countOf(3, 'info')).toBe('3 info');
    expect(countOf(2, 'policy')).toBe('2 policies');
  });
});
