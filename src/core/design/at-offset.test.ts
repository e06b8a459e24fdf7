import { describe, expect, it } from 'vitest';
import { yaml } from '../testing/source.ts';
import { fieldPathAt, resourceAt } from './at-offset.ts';
import { createDesign } from './design.ts';

const text = yaml`
  # the route
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata:
    name: web
  spec:
    rules:
      - matches:
          - path: { type: PathPrefix, value: /api }
        backendRefs:
          - name: api
            port: 8080
  ---
  apiVersion: v1
  kind: List
  items:
    - apiVersion: v1
      kind: Service
      metadata: { name: a }
    - apiVersion: v1
      kind: Service
      metadata: { name: b }
`;
const design = createDesign([{ name: 'r.yaml', text }]);
/** Offset of the `n`-th occurrence of `needle`, plus `delta`. */
const at = (needle: string, delta = 0, n = 0) => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  return i + delta;
};
const pathAt = (offset: number) => fieldPathAt(design, 'r.yaml', offset)?.path;

describe('resourceAt', () => {
  it('finds the resource under the cursor, in Lists too', () => {
    expect(resourceAt(design, 'r.yaml', at('kind: HTTPRoute'))?.name).toBe('web');
    expect(resourceAt(design, 'r.yaml', at('name: b'))?.name).toBe('b');
    expect(resourceAt(design, 'r.yaml', at('kind: Service'))?.name).toBe('a');
  });

  it('counts the comments and --- line of a single-resource document', () => {
    expect(resourceAt(design, 'r.yaml', 0)?.name).toBe('web');
  });

  it('finds nothing between the items of a List, in unknown files, or out of range', () => {
    expect(resourceAt(design, 'r.yaml', at('kind: List'))).toBeUndefined();
    expect(resourceAt(design, 'other.yaml', 0)).toBeUndefined();
    expect(resourceAt(design, 'r.yaml', text.length + 1)).toBeUndefined();
  });
});

describe('fieldPathAt', () => {
  it.each([
    ['on a top-level key', at('kind: HTTP'), ['kind']],
    ['on a value', at('web'), ['metadata', 'name']],
    ['at the start of a line', at('  name: web'), ['metadata', 'name']],
    ['on a key that holds a mapping', at('spec:'), ['spec']],
    ['on a list dash', at('- matches'), ['spec', 'rules', 0]],
    ['on a comment line', at('# the'), []],
    ['inside flow style', at('/api'), ['spec', 'rules', 0, 'matches', 0, 'path', 'value']],
    ['deep in a list', at('8080'), ['spec', 'rules', 0, 'backendRefs', 0, 'port']],
    ['in a List item', at('{ name: b }', 2), ['metadata', 'name']],
  ])('%s', (_, offset, path) => {
    expect(pathAt(offset)).toEqual(path);
  });
});
