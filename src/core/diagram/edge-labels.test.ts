import { describe, expect, it } from 'vitest';
import { createDesign } from '../design/design.ts';
import { buildGraph } from '../graph/build.ts';
import { dedent } from '../testing/dedent.ts';
import { weightLabels } from './edge-labels.ts';

const DESIGN = dedent`
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata:
    name: web
    namespace: shop
  spec:
    rules:
    - backendRefs:
      - {name: stable, port: 80, weight: 9}
      - {name: canary, port: 80, weight: 1}
    - backendRefs:
      - {name: blue, port: 80, weight: 100}
      - {name: green, port: 80, weight: 0}
    - filters:
      - type: RequestMirror
        requestMirror:
          backendRef: {name: shadow, port: 80}
          percent: 25
      backendRefs:
      - {name: solo, port: 80}
  ---
  apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata:
    name: reviews
    namespace: shop
  spec:
    hosts: [reviews]
    http:
    - route:
      - destination: {host: v1}
        weight: 90
      - destination: {host: v2}
`;

/** `target: share (detail)` of every labelled edge. */
function labels(): string[] {
  const graph = buildGraph(createDesign([{ name: 'design.yaml', text: DESIGN }]));
  const shown = weightLabels(graph);
  return graph.edges
    .filter((e) => shown.has(e.id))
    .map((e) => {
      const label = shown.get(e.id)!;
      const name = e.to.slice(e.to.lastIndexOf('/') + 1);
      return `${name}: ${label.text}${label.detail ? ` (${label.detail})` : ''}`;
    });
}

describe('weightLabels', () => {
  it('shows relative weights beside the share, and both sides of a 100/0 split', () => {
    expect(labels()).toEqual(
      expect.arrayContaining(['stable: 90% (w 9)', 'canary: 10% (w 1)', 'blue: 100%', 'green: 0%']),
    );
  });

  it('labels mirrors with their percentage and leaves an only backend unlabelled', () => {
    const all = labels();
    expect(all).toContain('shadow: 25% (mirror)');
    expect(all.some((l) => l.startsWith('solo'))).toBe(false);
  });

  it('says when an Istio weight is not the share it gives', () => {
    expect(labels()).toEqual(expect.arrayContaining(['v1: 100% (w 90)', 'v2: 0% (no weight)']));
  });
});
