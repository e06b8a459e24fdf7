import { describe, expect, it } from 'vitest';
import { re2Problem } from './re2.ts';

describe('RE2 compatibility', () => {
  it.each([
    '^/api/v[0-9]+/.*',
    '(?i)^/Users',
    '(?P<id>[0-9]+)',
    '\\A/x\\z',
    '[[:alpha:]]+',
    '\\\\1',
    '\\pL+',
  ])('accepts %s', (re) => expect(re2Problem(re)).toBeUndefined());

  it.each([
    ['/(?!internal)', /lookahead/],
    ['(?<=a)b', /lookbehind/],
    ['(a)\\1', /backreferences/],
    ['(?<n>a)\\k<n>', /named backreferences/],
    ['(?>a+)', /atomic/],
    ['/api/(unclosed', /.+/],
    ['*x', /.+/],
  ])('rejects %s', (re, problem) => expect(re2Problem(re)).toMatch(problem));
});
