import type { FieldPath } from '../../diagnostics.ts';
import { ISTIO_GROUP } from '../../model/kinds.ts';
import type { Resource } from '../../model/resource.ts';
import { labelsOf, type Labels } from '../../mesh/labels.ts';
import type { AnalysisContext } from '../support/context.ts';
import {
  asNumber,
  asObject,
  field,
  objectsOf,
  stringsOf,
  type PlainObject,
} from '../support/values.ts';

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
  /** `hosts` as written (`ns/host` forms included). */
  written: string[];
  /** `tls`, when it is a mapping. */
  tls: PlainObject | undefined;
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
    written: stringsOf(item['hosts']),
    tls: asObject(item['tls']),
  }));
}

export function istioGateways(ctx: AnalysisContext): readonly Resource[] {
  return ctx.ofKind(ISTIO_GROUP, 'Gateway');
}

/** An Istio Gateway's `spec.selector` (pods it configures). */
export function gatewaySelector(gateway: Resource): Labels {
  return labelsOf(field(gateway.value, 'spec', 'selector'));
}

/** Where a finding about the selector points: its first label, as istioctl's line does. */
export function selectorPath(gateway: Resource): FieldPath {
  const first = [...gatewaySelector(gateway).keys()][0];
  return first === undefined ? ['spec'] : ['spec', 'selector', first];
}
