import type { FieldPath } from '../diagnostics.ts';
import { isNamespaced } from '../model/kinds.ts';
import { resourceKey, type Resource, type ResourceIdentity } from '../model/resource.ts';
import type { GraphEdgeType, GraphNode, GraphNodeType } from './types.ts';

/** An object a reference points at, with the reference's defaults applied, and its key. */
export interface Target extends ResourceIdentity {
  key: string;
}

/**
 * A reference read from one resource, before it is resolved against the rest of the design.
 * Everything here depends on the resource alone, so it can be cached by resource identity.
 */
export type PendingRef =
  | {
      via: 'object';
      from: string;
      type: GraphEdgeType;
      target: Target;
      path: FieldPath;
      weight?: number;
      /** Fraction of the rule's requests it carries (see {@link GraphEdge.share}). */
      share?: number;
    }
  /** Gateway API parentRef: resolves to listeners by sectionName or port. */
  | {
      via: 'parent';
      from: string;
      target: Target;
      sectionName?: string;
      port?: number;
      path: FieldPath;
    }
  /** ReferenceGrant `to` entry without a name: every matching object of the namespace. */
  | {
      via: 'grant-to';
      from: string;
      group: string;
      kind: string;
      namespace: string;
      path: FieldPath;
    }
  /**
   * Istio host (VirtualService destination or mirror, DestinationRule host): the Service or
   * ServiceEntry that `mesh/hosts.ts` resolves it to, else `fallback` (the Service it names).
   */
  | {
      via: 'host';
      from: string;
      type: 'destination' | 'mirror' | 'destination-rule-host';
      host: string;
      namespace: string;
      exportTo: readonly string[];
      fallback: Target;
      path: FieldPath;
      weight?: number;
      /** Fraction of the route's requests it carries (see {@link GraphEdge.share}). */
      share?: number;
    }
  /** VirtualService destination subset: resolves through the DestinationRules of `service`. */
  | { via: 'subset'; from: string; service: Target; subset: string; path: FieldPath }
  | { via: 'mesh'; from: string; path: FieldPath };

/** Hosts a Service or ServiceEntry registers (qualified), visible in `scopes`. */
export interface MeshHosts {
  kind: 'Service' | 'ServiceEntry';
  scopes: readonly string[];
  hosts: readonly string[];
}

export interface ListenerPort {
  id: string;
  port: number | undefined;
}

/** What one resource contributes to the graph on its own. */
export interface ResourceExtract {
  /** The resource node first, then its parts. */
  nodes: GraphNode[];
  refs: PendingRef[];
  /** Gateway and ListenerSet listeners, for parentRefs that select by port. */
  listeners: ListenerPort[];
  /** DestinationRule: key of the Service its host resolves to. */
  hostService?: string;
  /** Service or ServiceEntry: the hosts it provides and the namespaces that see them. */
  meshHosts?: MeshHosts;
}

/** Builds a target, dropping the namespace for cluster-scoped kinds. */
export function target(
  group: string,
  kind: string,
  namespace: string | undefined,
  name: string,
): Target {
  const identity = {
    group,
    kind,
    namespace: isNamespaced(group, kind) ? namespace : undefined,
    name,
  };
  return { ...identity, key: resourceKey(identity) };
}

/** Collects the nodes and references of one resource. */
export class ExtractCollector {
  readonly extract: ResourceExtract;
  private readonly partIds = new Set<string>();

  constructor(readonly resource: Resource) {
    const { key, family, group, kind, namespace, name } = resource;
    this.extract = {
      nodes: [{ id: key, type: 'resource', family, group, kind, namespace, name, label: name }],
      refs: [],
      listeners: [],
    };
  }

  /** The resource's namespace, the default for most references it makes. */
  get namespace(): string {
    return this.resource.namespace ?? '';
  }

  /** Adds a part node (once per id: a repeated listener or subset name keeps the first). */
  part(type: GraphNodeType, part: string, label: string, path: FieldPath, index: number): string {
    const r = this.resource;
    const id = `${r.key}#${part}`;
    if (this.partIds.has(id)) return id;
    this.partIds.add(id);
    this.extract.nodes.push({
      id,
      type,
      family: r.family,
      group: r.group,
      kind: r.kind,
      namespace: r.namespace,
      name: r.name,
      label,
      parent: r.key,
      path,
      index,
    });
    return id;
  }

  ref(ref: PendingRef): void {
    this.extract.refs.push(ref);
  }

  /** A plain reference to an object; skipped when the field did not name one. */
  object(
    from: string,
    type: GraphEdgeType,
    to: Target | undefined,
    path: FieldPath,
    weight?: number,
    share?: number,
  ): void {
    if (!to) return;
    const ref: PendingRef = { via: 'object', from, type, target: to, path };
    if (weight !== undefined) ref.weight = weight;
    if (share !== undefined) ref.share = share;
    this.ref(ref);
  }
}
