import { describe, expect, it } from 'vitest';
import {
  exportScopes,
  hostFqdn,
  HostRegistry,
  resourceNameOfHost,
  serviceOfHost,
} from './hosts.ts';

describe('Istio host names', () => {
  it.each([
    ['reviews', 'reviews.shop.svc.cluster.local'],
    ['reviews.prod', 'reviews.prod'],
    ['*.example.com', '*.example.com'],
  ])('qualifies %s as %s from namespace shop', (host, fqdn) => {
    expect(hostFqdn(host, 'shop')).toBe(fqdn);
  });

  it('names a Service only by a short name or the cluster FQDN', () => {
    expect(serviceOfHost('reviews', 'shop')).toEqual({ namespace: 'shop', name: 'reviews' });
    expect(serviceOfHost('reviews.prod.svc.cluster.local', 'shop')).toEqual({
      namespace: 'prod',
      name: 'reviews',
    });
    for (const host of ['reviews.prod', 'reviews.prod.svc', 'a.b.c.svc.cluster.local', '*', ''])
      expect(serviceOfHost(host, 'shop')).toBeUndefined();
  });

  it('keys subsets as istioctl does: the FQDN names ns/name, anything else is a local name', () => {
    expect(resourceNameOfHost('reviews.prod.svc.cluster.local', 'shop')).toBe('prod/reviews');
    expect(resourceNameOfHost('reviews.prod', 'shop')).toBe('shop/reviews.prod');
  });

  it('reads exportTo', () => {
    expect(exportScopes([], 'shop')).toEqual(['*']);
    expect(exportScopes(['.', 'web', '*'], 'shop')).toEqual(['*']);
    expect(exportScopes(['.', 'web', '.'], 'shop')).toEqual(['shop', 'web']);
  });
});

describe('HostRegistry', () => {
  const registry = new HostRegistry<string>();
  registry.add(['*'], 'reviews.shop.svc.cluster.local', 'service');
  registry.add(['shop'], 'db.example.com', 'local entry');
  registry.add(['*'], '*.partners.example.com', 'wildcard');
  registry.add(['web'], '*.internal.example.com', 'web wildcard');

  it('finds hosts visible everywhere, from any namespace and however written', () => {
    expect(registry.lookup('shop', [], 'reviews')).toBe('service');
    expect(registry.lookup('web', [], 'reviews.shop.svc.cluster.local')).toBe('service');
    expect(registry.lookup('web', [], 'reviews')).toBeUndefined();
  });

  it("finds scoped hosts from their namespace, or the referrer's exportTo", () => {
    expect(registry.lookup('shop', [], 'db.example.com')).toBe('local entry');
    expect(registry.lookup('web', [], 'db.example.com')).toBeUndefined();
    expect(registry.lookup('web', ['shop'], 'db.example.com')).toBe('local entry');
  });

  it('matches wildcard entries by suffix, in their scope', () => {
    expect(registry.lookup('web', [], 'eu.partners.example.com')).toBe('wildcard');
    expect(registry.lookup('web', [], 'a.internal.example.com')).toBe('web wildcard');
    expect(registry.lookup('shop', [], 'a.internal.example.com')).toBeUndefined();
  });

  it('lets a later entry for the same host and scope replace an earlier one', () => {
    const r = new HostRegistry<string>();
    r.add(['*'], 'x.example.com', 'first');
    r.add(['*'], 'x.example.com', 'second');
    expect(r.lookup('shop', [], 'x.example.com')).toBe('second');
  });
});
