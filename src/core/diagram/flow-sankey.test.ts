import { describe, expect, it } from 'vitest';
import { createDesign } from '../design/design.ts';
import { gatewayApiExamples } from '../examples/gateway-api.ts';
import { findExample } from '../examples/index.ts';
import { hostFlows } from '../simulate/flows.ts';
import { layoutSankey, SANKEY } from './flow-sankey.ts';

const flowsOf = (id: string, host: string) => hostFlows(createDesign(findExample(id)!.files), host);

describe('layoutSankey', () => {
  it('puts entry, route, rule and Services in columns, sized by their share', () => {
    const layout = layoutSankey(flowsOf('canary', 'shop.example.com'), 700, 300);
    const byLabel = new Map(layout.nodes.map((n) => [n.node.label, n]));
    const xs = ['shop/web http (HTTP 80)', 'HTTPRoute shop/checkout', 'rules[0]'].map(
      (l) => byLabel.get(l)!.x,
    );
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const stable = byLabel.get('shop/checkout-stable')!;
    const canary = byLabel.get('shop/checkout-canary')!;
    expect(stable.x).toBe(canary.x);
    expect(stable.height / canary.height).toBeCloseTo(9, 5);
    expect([stable.share, canary.share]).toEqual(['90%', '10%']);
    expect(stable.lines).toEqual(['shop/checkout-stable']);
  });

  it('keeps every node inside the box and bands as wide as their traffic', () => {
    const layout = layoutSankey(flowsOf('overview', 'shop.example.com'), 720, 300);
    for (const n of layout.nodes) {
      expect(n.y).toBeGreaterThanOrEqual(SANKEY.margin - 1e-9);
      expect(n.y + n.height).toBeLessThanOrEqual(300 - SANKEY.margin + 1e-9);
      expect(n.x + SANKEY.bar).toBeLessThanOrEqual(720);
    }
    const [a, b] = layout.links.filter((l) => l.link.value > 0);
    expect(a!.width / a!.link.value).toBeCloseTo(b!.width / b!.link.value, 5);
    // Two entry points (HTTP and HTTPS) each carry an equal part of the host's requests.
    expect(layout.entries).toBe(2);
  });

  it('labels the split, mirrors with their percentage, and spreads labels that would touch', () => {
    const mirror = layoutSankey(flowsOf('mirroring', 'shop.example.com'), 700, 300);
    expect(mirror.links.map((l) => l.label).filter(Boolean)).toEqual(['mirror 100%']);
    const overview = layoutSankey(flowsOf('overview', 'shop.example.com'), 720, 300);
    const labelled = overview.links.filter((l) => l.label);
    for (const l of labelled)
      for (const other of labelled)
        if (l !== other && l.labelX === other.labelX)
          expect(Math.abs(l.labelY - other.labelY)).toBeGreaterThanOrEqual(SANKEY.lineHeight);
  });

  it('names the condition of a rule that takes only some requests', () => {
    const layout = layoutSankey(flowsOf('ab-header', 'shop.example.com'), 1600, 300);
    expect(layout.nodes.map((n) => n.condition).filter(Boolean)).toEqual([
      'if PathPrefix /, header x-variant = "b"',
    ]);
  });
});

describe('the example designs', () => {
  it('are all laid out without throwing', () => {
    for (const example of gatewayApiExamples) {
      const design = createDesign(example.files);
      expect(() => layoutSankey(hostFlows(design, 'shop.example.com'), 700, 300)).not.toThrow();
    }
  });
});
