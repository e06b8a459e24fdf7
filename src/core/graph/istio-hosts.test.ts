import { describe, expect, it } from 'vitest';
import { resolveIstioGateway, resolveServiceHost } from './istio-hosts.ts';

describe('resolveServiceHost', () => {
  it.each([
    ['reviews', 'prod', 'prod', 'reviews'],
    ['reviews.shop.svc.cluster.local', 'prod', 'shop', 'reviews'],
  ])('%s from namespace %s is Service %s/%s', (host, from, namespace, name) => {
    expect(resolveServiceHost(host, from)).toMatchObject({
      group: '',
      kind: 'Service',
      namespace,
      name,
    });
  });

  it('carries the resource key of the Service it names', () => {
    expect(resolveServiceHost('reviews.shop.svc.cluster.local', 'prod').key).toBe(
      '/Service/shop/reviews',
    );
  });

  // Istio qualifies only dotless short names, so `name.ns` and `name.ns.svc` are literal hosts.
  it.each([
    'api.example.com',
    '*.example.com',
    'a.b.svc.other.domain',
    'reviews.',
    '*',
    'reviews.shop',
    'reviews.shop.svc',
  ])('keeps %s whole, without namespace', (host) => {
    expect(resolveServiceHost(host, 'prod')).toMatchObject({
      group: '',
      kind: 'Service',
      namespace: undefined,
      name: host,
    });
  });
});

describe('resolveIstioGateway', () => {
  const gw = (namespace: string, name: string) => ({
    group: 'networking.istio.io',
    kind: 'Gateway',
    namespace,
    name,
  });
  it('reads short names, ns/name and the legacy FQDN form', () => {
    expect(resolveIstioGateway('edge', 'apps')).toMatchObject(gw('apps', 'edge'));
    expect(resolveIstioGateway('istio-system/edge', 'apps')).toMatchObject(
      gw('istio-system', 'edge'),
    );
    expect(resolveIstioGateway('edge.istio-system.svc.cluster.local', 'apps')).toMatchObject(
      gw('istio-system', 'edge'),
    );
  });

  it('leaves mesh to the caller', () => {
    expect(resolveIstioGateway('mesh', 'apps')).toBeUndefined();
  });
});
