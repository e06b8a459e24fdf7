import { describe, expect, it } from 'vitest';
import { fileNameProblem, uniqueFileName } from './file-names.ts';

describe('file names', () => {
  it('numbers a taken name before its extension', () => {
    expect(uniqueFileName(['a.yaml'], 'b.yaml')).toBe('b.yaml');
    expect(uniqueFileName(['a.yaml', 'a-2.yaml'], 'a.yaml')).toBe('a-3.yaml');
    expect(uniqueFileName(['dir.v1/routes'], 'dir.v1/routes')).toBe('dir.v1/routes-2');
    expect(uniqueFileName(['.env'], '.env')).toBe('.env-2');
  });

  it('accepts relative paths and says what is wrong with the rest', () => {
    expect(fileNameProblem([], 'gateways/edge.yaml')).toBeUndefined();
    expect(fileNameProblem([], '/abs.yaml')).toMatch(/relative path/);
    expect(fileNameProblem([], 'a\u0000.yaml')).toMatch(/characters/);
    expect(fileNameProblem(['x.yaml'], 'x.yaml')).toMatch(/already/);
  });
});
