/** Where a simulated request enters the design. */
import type { Design } from '../design/design.ts';
import { CORE_GROUP, GATEWAY_GROUP, ISTIO_GROUP } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';

export type SimEntry =
  /** A Gateway API Gateway, optionally one of its listeners by name. */
  | { type: 'gateway'; namespace: string; name: string; listener?: string }
  /** A Service, for GAMMA mesh routes (routes whose parentRef is the Service). */
  | { type: 'service'; namespace: string; name: string }
  | { type: 'istio-gateway'; namespace: string; name: string }
  /** Istio sidecars; `namespace` is the client's (short hosts resolve in it; default `default`). */
  | { type: 'mesh'; namespace?: string };

/** `ns/name`, or `name` in `defaultNamespace`. */
export function splitName(
  written: string,
  defaultNamespace: string,
): { namespace: string; name: string } {
  const slash = written.indexOf('/');
  return slash === -1
    ? { namespace: defaultNamespace, name: written }
    : { namespace: written.slice(0, slash), name: written.slice(slash + 1) };
}

/**
 * The entry `--gateway NS/NAME` names: `mesh`, a Gateway API Gateway, or an Istio Gateway (the
 * Gateway API one when the design has both of that name).
 */
export function gatewayEntry(design: Design, written: string, listener?: string): SimEntry {
  if (written === 'mesh') return { type: 'mesh' };
  const { namespace, name } = splitName(written, design.options.defaultNamespace);
  const key = (group: string) => `${group}/Gateway/${namespace}/${name}`;
  if (!design.byKey.has(key(GATEWAY_GROUP)) && design.byKey.has(key(ISTIO_GROUP))) {
    return { type: 'istio-gateway', namespace, name };
  }
  return listener === undefined
    ? { type: 'gateway', namespace, name }
    : { type: 'gateway', namespace, name, listener };
}

export function serviceEntry(design: Design, written: string): SimEntry {
  return { type: 'service', ...splitName(written, design.options.defaultNamespace) };
}

/** The resource an entry names, or why there is none. */
export function entryResource(design: Design, entry: SimEntry): Resource | string | undefined {
  if (entry.type === 'mesh') return undefined;
  const group =
    entry.type === 'gateway'
      ? GATEWAY_GROUP
      : entry.type === 'istio-gateway'
        ? ISTIO_GROUP
        : CORE_GROUP;
  const kind = entry.type === 'service' ? 'Service' : 'Gateway';
  const resource = design.byKey.get(`${group}/${kind}/${entry.namespace}/${entry.name}`);
  const what =
    entry.type === 'istio-gateway'
      ? 'Istio Gateway'
      : entry.type === 'gateway'
        ? 'Gateway'
        : 'Service';
  return resource ?? `The design has no ${what} ${entry.namespace}/${entry.name}.`;
}

/** `Gateway infra/edge (listener https)`, `mesh`, for messages. */
export function describeEntry(entry: SimEntry): string {
  switch (entry.type) {
    case 'mesh':
      return 'mesh';
    case 'gateway':
      return `Gateway ${entry.namespace}/${entry.name}${entry.listener ? ` (listener ${entry.listener})` : ''}`;
    case 'istio-gateway':
      return `Istio Gateway ${entry.namespace}/${entry.name}`;
    case 'service':
      return `Service ${entry.namespace}/${entry.name}`;
  }
}
