import { describe, expect, it } from 'vitest';
import { layoutGraph } from './layout.ts';
import { layoutStructure } from './structure.ts';
import { edge, graphOf, part, resource } from './testing.ts';

const cls = resource('GatewayClass', undefined, 'istio');
const gw = resource('Gateway', 'infra', 'edge');
const https = part(gw, 'listener', 'https');
const secret = resource('Secret', 'certs', 'cert');
const grant = resource('ReferenceGrant', 'certs', 'let-infra-in');
const infra = resource('Namespace', undefined, 'infra');
const route = resource('HTTPRoute', 'infra', 'web');
const graph = graphOf(
  [cls, gw, https, secret, grant, infra, route],
  [
    edge(gw, cls, 'gateway-class'),
    edge(https, secret, 'certificate'),
    edge(grant, secret, 'grant-to'),
    edge(grant, infra, 'grant-from'),
    edge(route, gw, 'parent-ref'),
  ],
);

describe('supporting objects', () => {
  it('sit as chips on what they serve, a grant of a certificate on the listener using it', () => {
    const structure = layoutStructure(graph);
    expect(structure.boxes.map((b) => b.id)).toEqual([gw.id, route.id]);
    expect(structure.supporting.chips.get(gw.id)).toEqual([cls.id]);
    expect(structure.supporting.chips.get(https.id)).toEqual([secret.id, grant.id]);
    // The Namespace has resources in the design: its frame stands for it.
    expect(structure.supporting.namespaceObjects.get('infra')).toBe(infra.id);
    // Their edges are not links: nothing to draw or order.
    expect(structure.links).toHaveLength(1);
  });

  it('come back as nodes when expanded, and stay nodes with nothing to sit on', () => {
    const expanded = layoutStructure(graph, undefined, { expanded: new Set([secret.id]) });
    expect(expanded.boxes.map((b) => b.id)).toContain(secret.id);
    // The grant now sits on the Secret's node.
    expect(expanded.supporting.chips.get(secret.id)).toEqual([grant.id]);
    const lone = graphOf([cls, secret], []);
    expect(layoutStructure(lone).boxes.map((b) => b.id)).toEqual([cls.id, secret.id]);
  });

  it('puts a lone Namespace under the first column, not far right', () => {
    const team = resource('Namespace', undefined, 'team-a');
    const svc = resource('Service', 'shop', 'api');
    const layout = layoutGraph(graphOf([gw, route, svc, team], [edge(route, gw, 'parent-ref')]));
    expect(layout.get(team.id)!.x).toBe(layout.get(gw.id)!.x);
  });
});
