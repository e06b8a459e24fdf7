import { ISTIO_GROUP, isListenerOwner, kindInfo } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import type { HostRegistry } from '../mesh/hosts.ts';
import type { PendingRef, ResourceExtract, Target } from './extract-types.ts';
import type { GraphEdgeType, GraphNode } from './types.ts';

/** Id of Istio's reserved `mesh` gateway node. */
export const MESH_NODE_ID = 'mesh';

/** A resource of the design with what it contributes on its own. */
export interface ExtractedResource {
  resource: Resource;
  extract: ResourceExtract;
}

/** What references resolve against: the design's resources and their nodes. */
export interface ResolveScope {
  /** The used resources (the first of each key), in design order. */
  resources: readonly ExtractedResource[];
  /** Index in `resources` of each key. */
  ordinalByKey: ReadonlyMap<string, number>;
  nodeById: ReadonlyMap<string, GraphNode>;
  /** DestinationRule keys by the key of the Service their host names, in design order. */
  rulesByService: ReadonlyMap<string, readonly string[]>;
  /** Keys of the Services and ServiceEntries by the hosts they provide. */
  hosts: HostRegistry<string>;
}

/**
 * Receives every missing (or mesh) node a resolution points at, whether or not an earlier
 * reference already made it: the full build adds the first, an incremental update compares them.
 */
export type MissingNodeSink = (node: GraphNode) => void;

/** The edge type a reference makes, whatever it resolves to. */
export function edgeTypeOf(ref: PendingRef): GraphEdgeType {
  switch (ref.via) {
    case 'object':
    case 'host':
      return ref.type;
    case 'parent':
      return 'parent-ref';
    case 'grant-to':
      return 'grant-to';
    case 'subset':
      return 'subset';
    case 'mesh':
      return 'istio-gateway';
  }
}

/**
 * Resolves pending references to node ids against the whole design, reporting the missing nodes
 * they need to `addMissing`. Only Map lookups: this runs on every rebuild.
 */
export class TargetResolver {
  private grantIndex: Map<string, string[]> | undefined;

  constructor(
    private readonly scope: ResolveScope,
    private readonly addMissing: MissingNodeSink,
  ) {}

  targets(ref: PendingRef): readonly string[] {
    switch (ref.via) {
      case 'object':
        return [this.objectNode(ref.target)];
      case 'host':
        return [
          this.scope.hosts.lookup(ref.namespace, ref.exportTo, ref.host) ??
            this.objectNode(ref.fallback),
        ];
      case 'parent':
        return this.parentNodes(ref);
      case 'grant-to':
        return this.grantIndexed(`${ref.group}/${ref.kind}/${ref.namespace}`);
      case 'subset':
        return [this.subsetNode(ref.service, ref.subset)];
      case 'mesh':
        return [this.meshNode()];
    }
  }

  private objectNode(target: Target): string {
    const key = target.key;
    if (this.scope.ordinalByKey.has(key)) return key;
    const { group, kind, namespace, name } = target;
    const family = kindInfo(group, kind)?.family ?? 'other';
    const id = `missing:${key}`;
    return this.add({ id, type: 'missing', family, group, kind, namespace, name, label: name });
  }

  /** sectionName → that listener; port → every listener on it; neither → the object. */
  private parentNodes(ref: Extract<PendingRef, { via: 'parent' }>): string[] {
    const key = ref.target.key;
    const owner = this.resource(key);
    const hasListeners = isListenerOwner(ref.target.group, ref.target.kind);
    if (!owner || !hasListeners) return [this.objectNode(ref.target)];
    if (ref.sectionName !== undefined) {
      const id = `${key}#listener/${ref.sectionName}`;
      return [
        this.scope.nodeById.has(id)
          ? id
          : this.missingPart(owner.resource, `listener/${ref.sectionName}`, ref.sectionName),
      ];
    }
    if (ref.port !== undefined) {
      const onPort = owner.extract.listeners.filter((l) => l.port === ref.port).map((l) => l.id);
      return onPort.length > 0
        ? onPort
        : [this.missingPart(owner.resource, `port/${ref.port}`, `port ${ref.port}`)];
    }
    return [key];
  }

  /** The subset part of the first DestinationRule for `service` that defines it. */
  private subsetNode(service: Target, subset: string): string {
    const serviceKey = service.key;
    const rules = this.scope.rulesByService.get(serviceKey) ?? [];
    for (const rule of rules) {
      const id = `${rule}#subset/${subset}`;
      if (this.scope.nodeById.has(id)) return id;
    }
    const firstRule = rules[0] === undefined ? undefined : this.resource(rules[0]);
    if (firstRule) return this.missingPart(firstRule.resource, `subset/${subset}`, subset);
    // No DestinationRule for the host at all: the subset hangs off the host it was asked of.
    return this.add({
      id: `missing:${serviceKey}#subset/${subset}`,
      type: 'missing',
      family: 'istio',
      group: ISTIO_GROUP,
      kind: 'DestinationRule',
      namespace: service.namespace,
      name: service.name,
      label: subset,
    });
  }

  private missingPart(owner: Resource, part: string, label: string): string {
    const { key, family, group, kind, namespace, name } = owner;
    return this.add({
      id: `missing:${key}#${part}`,
      type: 'missing',
      family,
      group,
      kind,
      namespace,
      name,
      label,
      parent: key,
    });
  }

  private meshNode(): string {
    return this.add({
      id: MESH_NODE_ID,
      type: 'mesh',
      family: 'istio',
      group: ISTIO_GROUP,
      kind: 'Mesh',
      name: 'mesh',
      label: 'mesh',
    });
  }

  private resource(key: string): ExtractedResource | undefined {
    const ordinal = this.scope.ordinalByKey.get(key);
    return ordinal === undefined ? undefined : this.scope.resources[ordinal];
  }

  private add(node: GraphNode): string {
    this.addMissing(node);
    return node.id;
  }

  /** Keys of the design's objects of one `group/kind/namespace`, indexed on first use. */
  private grantIndexed(groupKindNamespace: string): readonly string[] {
    if (!this.grantIndex) {
      this.grantIndex = new Map();
      for (const { resource: r } of this.scope.resources) {
        const slot = `${r.group}/${r.kind}/${r.namespace ?? ''}`;
        const keys = this.grantIndex.get(slot);
        if (keys) keys.push(r.key);
        else this.grantIndex.set(slot, [r.key]);
      }
    }
    return this.grantIndex.get(groupKindNamespace) ?? [];
  }
}
