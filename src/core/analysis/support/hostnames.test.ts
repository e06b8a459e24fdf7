import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveHostnames, hostnameCovers, hostnamesIntersect } from './hostnames.ts';

const label = fc.constantFrom('a', 'b', 'foo', 'example', 'com');
const name = fc.array(label, { minLength: 1, maxLength: 4 }).map((l) => l.join('.'));
const hostname = fc.oneof(
  name,
  name.map((n) => `*.${n}`),
);

describe('hostname matching', () => {
  it('follows the Gateway API wildcard rules', () => {
    expect(hostnameCovers('*.example.com', 'foo.example.com')).toBe(true);
    expect(hostnameCovers('*.example.com', 'a.b.example.com')).toBe(true);
    expect(hostnameCovers('*.example.com', 'example.com')).toBe(false);
    expect(hostnameCovers('*.example.com', '*.foo.example.com')).toBe(true);
    expect(hostnameCovers('foo.example.com', '*.example.com')).toBe(false);
    expect(hostnameCovers(undefined, 'anything.io')).toBe(true);
    expect(hostnameCovers('Foo.Example.com', 'foo.example.COM')).toBe(true);
    expect(effectiveHostnames('*.example.com', ['foo.example.com', 'other.io', '*'])).toEqual([
      'foo.example.com',
      '*.example.com',
    ]);
  });

  it('is reflexive, and intersection is symmetric and implied by coverage', () => {
    fc.assert(
      fc.property(hostname, hostname, (a, b) => {
        expect(hostnameCovers(a, a)).toBe(true);
        expect(hostnamesIntersect(a, b)).toBe(hostnamesIntersect(b, a));
        if (hostnameCovers(a, b)) expect(hostnamesIntersect(a, b)).toBe(true);
      }),
    );
  });

  it('covers transitively', () => {
    fc.assert(
      fc.property(hostname, hostname, hostname, (a, b, c) => {
        if (hostnameCovers(a, b) && hostnameCovers(b, c)) expect(hostnameCovers(a, c)).toBe(true);
      }),
    );
  });
});
