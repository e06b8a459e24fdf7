import type { FieldPath } from '../../diagnostics.ts';
import { ISTIO_GROUP } from '../../model/kinds.ts';
import { istioGatewayName, MESH_GATEWAY } from '../../mesh/hosts.ts';
import type { Resource } from '../../model/resource.ts';
import type { AnalysisContext } from '../support/context.ts';
import {
  asNumber,
  asString,
  field,
  objectsOf,
  stringsOf,
  type PlainObject,
} from '../support/values.ts';

/** A `destination` of a VirtualService route or mirror. */
export interface Destination {
  /** `route[].destination`, the http `mirror`, or an http `mirrors[].destination`. */
  role: 'route' | 'mirror' | 'mirrors';
  host: string;
  subset: string | undefined;
  port: number | undefined;
  weight: number | undefined;
  path: FieldPath;
}

const cache = new WeakMap<Resource, Destination[]>();

function toDestination(
  role: Destination['role'],
  destination: PlainObject,
  path: FieldPath,
  weight: unknown,
): Destination {
  return {
    role,
    host: asString(destination['host']) ?? '',
    subset: asString(destination['subset']),
    port: asNumber(field(destination, 'port', 'number')),
    weight: asNumber(weight),
    path,
  };
}

/** Every destination a VirtualService sends to: http/tcp/tls routes and http mirrors. */
export function destinationsOf(vs: Resource): Destination[] {
  const cached = cache.get(vs);
  if (cached) return cached;
  const out: Destination[] = [];
  for (const section of ['http', 'tcp', 'tls'] as const) {
    for (const { item: rule, index: r } of objectsOf(field(vs.value, 'spec', section))) {
      for (const { item: route, index } of objectsOf(rule['route'])) {
        const destination = route['destination'];
        const path = ['spec', section, r, 'route', index, 'destination'];
        if (destination && typeof destination === 'object') {
          out.push(toDestination('route', destination as PlainObject, path, route['weight']));
        }
      }
      const mirror = rule['mirror'];
      if (mirror && typeof mirror === 'object') {
        out.push(
          toDestination('mirror', mirror as PlainObject, ['spec', section, r, 'mirror'], undefined),
        );
      }
      for (const { item, index } of objectsOf(rule['mirrors'])) {
        const destination = item['destination'];
        const path = ['spec', section, r, 'mirrors', index, 'destination'];
        if (destination && typeof destination === 'object') {
          out.push(toDestination('mirrors', destination as PlainObject, path, undefined));
        }
      }
    }
  }
  cache.set(vs, out);
  return out;
}

/** A gateway named by a VirtualService: `mesh`, or an Istio Gateway `namespace/name`. */
export interface GatewayBinding {
  /** `mesh` or `namespace/name`. */
  key: string;
  /** The entry as written. */
  written: string;
  namespace: string;
  name: string;
  path: FieldPath;
}

function binding(vs: Resource, written: string, path: FieldPath): GatewayBinding {
  const gateway = istioGatewayName(written, vs.namespace ?? '');
  if (!gateway) return { key: MESH_GATEWAY, written, namespace: '', name: MESH_GATEWAY, path };
  return { key: `${gateway.namespace}/${gateway.name}`, written, ...gateway, path };
}

/**
 * `spec.gateways` (default: the mesh, then `implicit`), plus gateways named in http match
 * conditions.
 */
export function gatewayBindings(vs: Resource): {
  spec: (GatewayBinding & { implicit?: true })[];
  inMatches: GatewayBinding[];
} {
  const written = stringsOf(field(vs.value, 'spec', 'gateways'));
  const spec =
    written.length === 0
      ? [{ ...binding(vs, MESH_GATEWAY, ['spec']), implicit: true as const }]
      : written.map((g, i) => binding(vs, g, ['spec', 'gateways', i]));
  const inMatches: GatewayBinding[] = [];
  for (const { item: rule, index: r } of objectsOf(field(vs.value, 'spec', 'http'))) {
    for (const { item: match, index: m } of objectsOf(rule['match'])) {
      stringsOf(match['gateways']).forEach((g, i) =>
        inMatches.push(binding(vs, g, ['spec', 'http', r, 'match', m, 'gateways', i])),
      );
    }
  }
  return { spec, inMatches };
}

export function virtualServices(ctx: AnalysisContext): readonly Resource[] {
  return ctx.ofKind(ISTIO_GROUP, 'VirtualService');
}

/** `spec.hosts` of a VirtualService. */
export function vsHosts(vs: Resource): string[] {
  return stringsOf(field(vs.value, 'spec', 'hosts'));
}
