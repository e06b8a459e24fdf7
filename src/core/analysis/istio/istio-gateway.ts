import type { FieldPath } from '../../diagnostics.ts';
import { ISTIO_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import { asNumber, field, objectsOf, stringsOf } from '../support/values.ts';

/** One host of an Istio Gateway server: `namespace/host`, with `*` or `.` as namespace. */
export interface ServerHost {
  /** Namespace whose VirtualServices may bind: `*` for any, else a namespace name. */
  namespace: string;
  host: string;
}

export interface Server {
  gateway: Resource;
  index: number;
  path: FieldPath;
  port: number | undefined;
  hosts: ServerHost[];
}

function serverHost(gateway: Resource, written: string): ServerHost {
  const slash = written.indexOf('/');
  if (slash === -1) return { namespace: '*', host: written };
  const namespace = written.slice(0, slash);
  return {
    namespace: namespace === '.' ? (gateway.namespace ?? '') : namespace,
    host: written.slice(slash + 1),
  };
}

/** `spec.servers` of an Istio Gateway. */
export function serversOf(gateway: Resource): Server[] {
  return objectsOf(field(gateway.value, 'spec', 'servers')).map(({ item, index }) => ({
    gateway,
    index,
    path: ['spec', 'servers', index],
    port: asNumber(field(item, 'port', 'number')),
    hosts: stringsOf(item['hosts']).map((h) => serverHost(gateway, h)),
  }));
}

export function istioGateways(ctx: AnalysisContext): readonly Resource[] {
  return ctx.ofKind(ISTIO_GROUP, 'Gateway');
}
