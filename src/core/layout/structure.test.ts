import { describe, expect, it } from 'vitest';
import { createDesign, setFileText } from '../design/design.ts';
import { buildGraph } from '../graph/build.ts';
import { layoutStructure, type LayoutStructure } from './structure.ts';

const ROUTE = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: shop}
spec:
  rules:
  - matches: [{path: {type: PathPrefix, value: /api}}]
    backendRefs: [{name: api, port: 80}]
  - backendRefs: [{name: web, port: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: api, namespace: shop}
`;

/** The structure by ids: what a reused one must equal. */
function ids(structure: LayoutStructure) {
  return {
    boxes: structure.boxes.map((b) => b.id),
    rows: structure.rows.map((row) => row.map((r) => r.id)),
    anchors: [...structure.anchors],
    links: structure.links,
  };
}

function graphs(after: string) {
  const design = createDesign([{ name: 'a.yaml', text: ROUTE }]);
  const graph = buildGraph(design);
  const next = buildGraph(setFileText(design, 'a.yaml', after));
  return { graph, structure: layoutStructure(graph), next };
}

describe('layoutStructure', () => {
  it('reuses the previous structure, with the new nodes, after a value edit', () => {
    const previous = graphs(ROUTE.replace('/api', '/apis'));
    const reused = layoutStructure(previous.next, previous);
    expect(ids(reused)).toEqual(ids(layoutStructure(previous.next)));
    expect(reused.links).toBe(previous.structure.links);
    const route = reused.boxes.findIndex((b) => b.kind === 'HTTPRoute');
    expect(reused.boxes[route]).toBe(previous.next.nodeById.get(reused.boxes[route]!.id));
    // The Service did not change: its node and rows are the previous ones.
    const service = reused.boxes.findIndex((b) => b.kind === 'Service');
    expect(reused.boxes[service]).toBe(previous.structure.boxes[service]);
    expect(reused.rows[service]).toBe(previous.structure.rows[service]);
  });

  it('builds a new structure when a reference changed', () => {
    const previous = graphs(ROUTE.replace('{name: web, port: 80}', '{name: api, port: 80}'));
    const rebuilt = layoutStructure(previous.next, previous);
    expect(rebuilt.links).not.toBe(previous.structure.links);
    expect(ids(rebuilt)).toEqual(ids(layoutStructure(previous.next)));
  });
});
