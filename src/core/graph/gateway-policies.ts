import { CORE_GROUP } from '../model/kinds.ts';
import { target, type ExtractCollector } from './extract-types.ts';
import { extractCaRefs } from './gateway-listeners.ts';
import { at, list, record, text } from './read.ts';
import { readObjectRef } from './object-ref.ts';

/**
 * Reads a ReferenceGrant: `grant-from` to the Namespace of each `from`, and its `to` entries
 * (named ones are plain references; unnamed ones match every object of that kind).
 */
export function extractReferenceGrant(c: ExtractCollector): void {
  const spec = record(c.resource.value.spec);
  const key = c.resource.key;
  list(spec?.from).forEach((from, i) => {
    const namespace = text(at(from, 'namespace'));
    if (!namespace) return;
    c.object(key, 'grant-from', target(CORE_GROUP, 'Namespace', undefined, namespace), [
      'spec',
      'from',
      i,
    ]);
  });
  list(spec?.to).forEach((to, i) => {
    const group = at(to, 'group');
    const kind = text(at(to, 'kind'));
    if (typeof group !== 'string' || !kind) return;
    const path = ['spec', 'to', i];
    const name = text(at(to, 'name'));
    if (name) c.object(key, 'grant-to', target(group, kind, c.namespace, name), path);
    else c.ref({ via: 'grant-to', from: key, group, kind, namespace: c.namespace, path });
  });
}

/**
 * Reads a BackendTLSPolicy: targetRefs and validation.caCertificateRefs, plus the v1alpha2
 * shape (`targetRef`, `tls.caCertRefs`).
 */
export function extractBackendTlsPolicy(c: ExtractCollector): void {
  const spec = record(c.resource.value.spec);
  const defaults = { group: CORE_GROUP, kind: 'Service', namespace: c.namespace };
  const key = c.resource.key;
  list(spec?.targetRefs).forEach((ref, i) => {
    c.object(key, 'policy-target', readObjectRef(ref, defaults), ['spec', 'targetRefs', i]);
  });
  c.object(key, 'policy-target', readObjectRef(spec?.targetRef, defaults), ['spec', 'targetRef']);
  extractCaRefs(c, at(spec, 'validation', 'caCertificateRefs'), [
    'spec',
    'validation',
    'caCertificateRefs',
  ]);
  extractCaRefs(c, at(spec, 'tls', 'caCertRefs'), ['spec', 'tls', 'caCertRefs']);
}
