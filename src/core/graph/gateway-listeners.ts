import type { FieldPath } from '../diagnostics.ts';
import { CORE_GROUP, GATEWAY_GROUP } from '../model/kinds.ts';
import { target, type ExtractCollector } from './extract-types.ts';
import { readObjectRef } from './object-ref.ts';
import { at, list, num, record, text } from './read.ts';

/** Reads a Gateway: its class, listeners, their certificates, frontend CA certificates. */
export function extractGateway(c: ExtractCollector): void {
  const spec = record(c.resource.value.spec);
  const className = text(spec?.gatewayClassName);
  if (className) {
    c.object(
      c.resource.key,
      'gateway-class',
      target(GATEWAY_GROUP, 'GatewayClass', undefined, className),
      ['spec', 'gatewayClassName'],
    );
  }
  extractListeners(c, spec);
  const frontend = ['spec', 'tls', 'frontend'];
  extractCaRefs(c, at(spec, 'tls', 'frontend', 'default', 'validation', 'caCertificateRefs'), [
    ...frontend,
    'default',
    'validation',
    'caCertificateRefs',
  ]);
  list(at(spec, 'tls', 'frontend', 'perPort')).forEach((perPort, i) => {
    extractCaRefs(c, at(perPort, 'tls', 'validation', 'caCertificateRefs'), [
      ...frontend,
      'perPort',
      i,
      'tls',
      'validation',
      'caCertificateRefs',
    ]);
  });
}

/** Reads a ListenerSet: its parent Gateway and its listeners. */
export function extractListenerSet(c: ExtractCollector): void {
  const spec = record(c.resource.value.spec);
  const parent = readObjectRef(spec?.parentRef, {
    group: GATEWAY_GROUP,
    kind: 'Gateway',
    namespace: c.namespace,
  });
  c.object(c.resource.key, 'listener-set-parent', parent, ['spec', 'parentRef']);
  extractListeners(c, spec);
}

function extractListeners(c: ExtractCollector, spec: unknown): void {
  list(at(spec, 'listeners')).forEach((listener, i) => {
    const name = text(at(listener, 'name'));
    if (!name) return;
    const path = ['spec', 'listeners', i];
    const id = c.part('listener', `listener/${name}`, name, path, i);
    // A repeated name is one node; the first listener of that name is the one kept.
    if (c.extract.listeners.some((l) => l.id === id)) return;
    c.extract.listeners.push({ id, port: num(at(listener, 'port')) });
    list(at(listener, 'tls', 'certificateRefs')).forEach((ref, j) => {
      const secret = readObjectRef(ref, {
        group: CORE_GROUP,
        kind: 'Secret',
        namespace: c.namespace,
      });
      c.object(id, 'certificate', secret, [...path, 'tls', 'certificateRefs', j]);
    });
  });
}

/** CA certificate references (ConfigMap unless a kind is written). */
export function extractCaRefs(c: ExtractCollector, refs: unknown, path: FieldPath): void {
  list(refs).forEach((ref, i) => {
    const to = readObjectRef(ref, { group: CORE_GROUP, kind: 'ConfigMap', namespace: c.namespace });
    c.object(c.resource.key, 'ca-certificate', to, [...path, i]);
  });
}
