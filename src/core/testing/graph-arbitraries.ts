import fc from 'fast-check';
import { stringify } from 'yaml';
import type { TextEdit } from '../design/design-file.ts';

/**
 * fast-check generators for graph tests: documents that reach every kind of resolution
 * (listeners by name and by port, ListenerSets, subsets through DestinationRules, the mesh,
 * unnamed ReferenceGrant targets, missing objects and parts, cross-namespace references), and
 * edits that type into their values. Names are `a`, `ab` and `b`, so typing `b` at the end of a
 * name or deleting its last character often turns one existing name into another.
 */

const name = fc.constantFrom('a', 'ab', 'b');
const namespace = fc.constantFrom('default', 'prod');
const port = fc.constantFrom(8, 80, 443);
const metadata = fc.record({ name, namespace });
const gateway = 'gateway.networking.k8s.io/v1';
const istio = 'networking.istio.io/v1';

const objects: fc.Arbitrary<Record<string, unknown>>[] = [
  fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('Service'), metadata }),
  fc.record({
    apiVersion: fc.constant(gateway),
    kind: fc.constant('Gateway'),
    metadata,
    spec: fc.record({
      gatewayClassName: name,
      listeners: fc.array(fc.record({ name, port }), { maxLength: 3 }),
    }),
  }),
  fc.record({
    apiVersion: fc.constant(gateway),
    kind: fc.constant('ListenerSet'),
    metadata,
    spec: fc.record({
      parentRef: fc.record({ name }),
      listeners: fc.array(fc.record({ name, port }), { maxLength: 2 }),
    }),
  }),
  fc.record({
    apiVersion: fc.constant(gateway),
    kind: fc.constant('HTTPRoute'),
    metadata,
    spec: fc.record({
      parentRefs: fc.array(
        fc.oneof(
          fc.record({ name, namespace }),
          fc.record({ name, sectionName: name }),
          fc.record({ name, kind: fc.constant('ListenerSet'), port }),
          fc.record({ name, port }),
        ),
        { maxLength: 2 },
      ),
      rules: fc.array(
        fc.record({
          name,
          backendRefs: fc.array(fc.record({ name, namespace, port, weight: port }), {
            maxLength: 2,
          }),
        }),
        { maxLength: 2 },
      ),
    }),
  }),
  fc.record({
    apiVersion: fc.constant('gateway.networking.k8s.io/v1beta1'),
    kind: fc.constant('ReferenceGrant'),
    metadata,
    spec: fc.record({
      from: fc.constant([
        { group: gateway.split('/')[0], kind: 'HTTPRoute', namespace: 'default' },
      ]),
      to: fc.array(fc.record({ group: fc.constant(''), kind: fc.constantFrom('Service', 'S') }), {
        maxLength: 2,
      }),
    }),
  }),
  fc.record({
    apiVersion: fc.constant(istio),
    kind: fc.constant('DestinationRule'),
    metadata,
    spec: fc.record({ host: name, subsets: fc.array(fc.record({ name }), { maxLength: 2 }) }),
  }),
  fc.record({
    apiVersion: fc.constant(istio),
    kind: fc.constant('VirtualService'),
    metadata,
    spec: fc.record({
      gateways: fc.array(fc.constantFrom('mesh', 'a', 'prod/ab'), { maxLength: 2 }),
      http: fc.array(
        fc.record({
          route: fc.array(fc.record({ destination: fc.record({ host: name, subset: name }) }), {
            maxLength: 2,
          }),
        }),
        { maxLength: 2 },
      ),
    }),
  }),
  fc.record({
    apiVersion: fc.constant(istio),
    kind: fc.constant('Gateway'),
    metadata,
    spec: fc.record({
      servers: fc.array(
        fc.record({ port: fc.record({ number: port }), tls: fc.record({ credentialName: name }) }),
        {
          maxLength: 2,
        },
      ),
    }),
  }),
];

/** A file of up to eight such documents. */
export const graphText: fc.Arbitrary<string> = fc
  .array(fc.oneof(...objects), { maxLength: 8 })
  .map((docs) => docs.map((doc) => stringify(doc)).join('---\n'));

/** Typing at the end of a scalar value: keeps documents parseable, so edits stay small. */
export interface ValueEdit {
  /** Picks the value among those of the text. */
  fraction: number;
  remove: 0 | 1;
  insert: string;
}

export const valueEdit: fc.Arbitrary<ValueEdit> = fc.record({
  fraction: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  remove: fc.constantFrom(0 as const, 1 as const),
  insert: fc.constantFrom('', 'b', '0', 'S'),
});

/** The concrete edit of a value edit on `text`; none when the text has no `key: value` line. */
export function resolveValueEdit(
  text: string,
  { fraction, remove, insert }: ValueEdit,
): TextEdit[] {
  const valueEnds = [...text.matchAll(/: \S[^\n]*(?=\n)/g)].map((m) => m.index + m[0].length);
  const end = valueEnds[Math.floor(fraction * valueEnds.length)];
  return end === undefined ? [] : [{ start: end - remove, end, text: insert }];
}
