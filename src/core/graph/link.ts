import { GATEWAY_GROUP, ISTIO_GROUP, kindInfo } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import type { PendingRef, ResourceExtract, Target } from './extract-types.ts';
import type { GraphEdge, GraphEdgeType, GraphNode } from './types.ts';

/** Id of Istio's reserved `mesh` gateway node. */
export const MESH_NODE_ID = 'mesh';

/** A resource of the design with what it contributes on its own. */
export interface ExtractedResource {
  resource: Resource;
  extract: ResourceExtract;
}

/**
 * Resolves pending references against the whole design, adding edges and, for targets the
 * design lacks, shared missing nodes. Only Map lookups: this runs on every rebuild.
 */
export class Linker {
  readonly edges: GraphEdge[] = [];
  private grantIndex: Map<string, string[]> | undefined;

  constructor(
    private readonly extracted: ReadonlyMap<string, ExtractedResource>,
    private readonly nodes: GraphNode[],
    private readonly nodeById: Map<string, GraphNode>,
    /** DestinationRule keys by the key of the Service their host names, in design order. */
    private readonly rulesByService: ReadonlyMap<string, readonly string[]>,
    /**
     * Edges made for each reference by earlier builds. An edge depends only on its reference
     * and target id, so an unchanged resolution reuses the edge instead of rebuilding its id.
     */
    private readonly edgeCache: WeakMap<PendingRef, Map<string, GraphEdge>>,
  ) {}

  link(source: Resource, ref: PendingRef): void {
    switch (ref.via) {
      case 'object':
        return this.edge(source, ref, this.objectNode(ref.target), ref.type, ref.weight);
      case 'parent':
        for (const to of this.parentNodes(ref)) this.edge(source, ref, to, 'parent-ref');
        return;
      case 'grant-to':
        for (const to of this.grantIndexed(`${ref.group}/${ref.kind}/${ref.namespace}`)) {
          this.edge(source, ref, to, 'grant-to');
        }
        return;
      case 'subset':
        return this.edge(source, ref, this.subsetNode(ref.service, ref.subset), 'subset');
      case 'mesh':
        return this.edge(source, ref, this.meshNode(), 'istio-gateway');
    }
  }

  private edge(
    source: Resource,
    ref: PendingRef,
    to: string,
    type: GraphEdgeType,
    weight?: number,
  ): void {
    const made = this.edgeCache.get(ref);
    const known = made?.get(to);
    if (known) {
      this.edges.push(known);
      return;
    }
    const edge: GraphEdge = {
      id: `${ref.from}->${to}:${type}@${ref.path.join('.')}`,
      from: ref.from,
      to,
      type,
      source: { resource: source.key, path: ref.path },
    };
    if (weight !== undefined) edge.weight = weight;
    const toNamespace = this.nodeById.get(to)?.namespace;
    if (
      source.namespace !== undefined &&
      toNamespace !== undefined &&
      toNamespace !== source.namespace
    ) {
      edge.crossNamespace = true;
    }
    if (made) made.set(to, edge);
    else this.edgeCache.set(ref, new Map([[to, edge]]));
    this.edges.push(edge);
  }

  private objectNode(target: Target): string {
    const key = target.key;
    if (this.extracted.has(key)) return key;
    const id = `missing:${key}`;
    if (this.nodeById.has(id)) return id;
    const { group, kind, namespace, name } = target;
    const family = kindInfo(group, kind)?.family ?? 'other';
    return this.add({ id, type: 'missing', family, group, kind, namespace, name, label: name });
  }

  /** sectionName → that listener; port → every listener on it; neither → the object. */
  private parentNodes(ref: Extract<PendingRef, { via: 'parent' }>): string[] {
    const key = ref.target.key;
    const owner = this.extracted.get(key);
    const hasListeners =
      ref.target.group === GATEWAY_GROUP &&
      (ref.target.kind === 'Gateway' || ref.target.kind === 'ListenerSet');
    if (!owner || !hasListeners) return [this.objectNode(ref.target)];
    if (ref.sectionName !== undefined) {
      const id = `${key}#listener/${ref.sectionName}`;
      return [
        this.nodeById.has(id)
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
    const rules = this.rulesByService.get(serviceKey) ?? [];
    for (const rule of rules) {
      const id = `${rule}#subset/${subset}`;
      if (this.nodeById.has(id)) return id;
    }
    const firstRule = rules[0] === undefined ? undefined : this.extracted.get(rules[0]);
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

  private add(node: GraphNode): string {
    if (!this.nodeById.has(node.id)) {
      this.nodeById.set(node.id, node);
      this.nodes.push(node);
    }
    return node.id;
  }

  /** Keys of the design's objects of one `group/kind/namespace`, indexed on first use. */
  private grantIndexed(groupKindNamespace: string): readonly string[] {
    if (!this.grantIndex) {
      this.grantIndex = new Map();
      for (const { resource: r } of this.extracted.values()) {
        const slot = `${r.group}/${r.kind}/${r.namespace ?? ''}`;
        const keys = this.grantIndex.get(slot);
        if (keys) keys.push(r.key);
        else this.grantIndex.set(slot, [r.key]);
      }
    }
    return this.grantIndex.get(groupKindNamespace) ?? [];
  }
}
