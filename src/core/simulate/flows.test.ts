import { describe, expect, it } from 'vitest';
import { createDesign, setFileText } from '../design/design.ts';
import { gatewayApiExamples } from '../examples/gateway-api.ts';
import { istioExamples } from '../examples/istio.ts';
import { hostFlows, type Flows } from './flows.ts';

const example = (id: string) =>
  createDesign([...gatewayApiExamples, ...istioExamples].find((e) => e.id === id)!.files);

/** `source → target value` of the links, mirrors and conditional classes marked. */
function links(flows: Flows): string[] {
  const label = (id: string) => flows.nodes.find((n) => n.id === id)!.label;
  return flows.links.map(
    (l) =>
      `${label(l.source)} → ${label(l.target)} ${Math.round(l.value * 1000) / 1000}${l.mirror ? ' mirror' : ''}${l.conditional ? ' if' : ''}`,
  );
}

describe('hostFlows', () => {
  it('follows a host through listener, route and rule to each Service by its share', () => {
    expect(links(hostFlows(example('canary'), 'shop.example.com'))).toEqual([
      'shop.example.com → shop/web http (HTTP 80) 1',
      'shop/web http (HTTP 80) → HTTPRoute shop/checkout 1',
      'HTTPRoute shop/checkout → rules[0] 1',
      'rules[0] → shop/checkout-stable 0.9',
      'rules[0] → shop/checkout-canary 0.1',
    ]);
  });

  it('shows the rules that take only some requests as conditional classes', () => {
    const flows = hostFlows(example('ab-header'), 'shop.example.com');
    expect(links(flows)).toContain('rules[0] → shop/landing-b 1 if');
    expect(flows.classes.find((c) => c.conditional)?.condition).toBe(
      'PathPrefix /, header x-variant = "b"',
    );
  });

  it('draws mirrors and Istio subsets', () => {
    expect(links(hostFlows(example('mirroring'), 'shop.example.com'))).toContain(
      'rules[0] → shop/search-shadow 1 mirror',
    );
    expect(links(hostFlows(example('istio-canary'), 'fares.travel.svc.cluster.local'))).toEqual([
      'fares.travel.svc.cluster.local → mesh 1',
      'mesh → VirtualService travel/fares 1',
      'VirtualService travel/fares → http[0] 1',
      'http[0] → stable 0.9',
      'stable → travel/fares 0.9',
      'http[0] → canary 0.1',
      'canary → travel/fares 0.1',
    ]);
  });

  it('narrows to a path prefix', () => {
    const basic = example('gateway-api-basic');
    const cart = links(hostFlows(basic, 'shop.example.com', '/api/cart'));
    expect(cart.some((l) => l.includes('shop/cart'))).toBe(true);
    expect(cart.some((l) => l.includes('shop/catalog'))).toBe(false);
  });

  it('updates after an edit', () => {
    const design = example('canary');
    const file = design.files[0]!;
    const edited = setFileText(
      design,
      file.name,
      file.text.replace('weight: 90', 'weight: 70').replace('weight: 10', 'weight: 30'),
    );
    expect(links(hostFlows(edited, 'shop.example.com'))).toContain(
      'rules[0] → shop/checkout-canary 0.3',
    );
  });
});
