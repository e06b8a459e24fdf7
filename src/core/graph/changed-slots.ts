import type { Design } from '../design/design.ts';
import { isEditorOnly } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import type { ResourceExtract } from './extract-types.ts';
import type { BuildMemo, BuiltGraph, ResourceSlot } from './full-build.ts';

/** A used resource an edit replaced: its slot before, and the same slot holding the new one. */
export interface SlotChange {
  ordinal: number;
  before: ResourceSlot;
  after: ResourceSlot;
}

/**
 * The used resources `design` replaced since `built.design`, in design order, or undefined when
 * the edit may change the graph beyond those resources' own nodes and references: resources
 * added, removed, moved or re-keyed, a duplicate becoming used, or a replaced resource whose
 * outline (what other resources' references resolve against) differs.
 */
export function changedSlots(
  built: BuiltGraph,
  design: Design,
  { extractOf }: Pick<BuildMemo, 'extractOf'>,
): SlotChange[] | undefined {
  const before = built.design.resources;
  const after = design.resources;
  if (after.length !== before.length) return undefined;
  const changes: SlotChange[] = [];
  for (let i = 0; i < after.length; i++) {
    const resource = after[i]!;
    const previous = before[i]!;
    if (resource === previous) continue;
    if (resource.key !== previous.key) return undefined;
    const ordinal = built.ordinalByKey.get(resource.key);
    const slot = ordinal === undefined ? undefined : built.slots[ordinal];
    // Same keys everywhere keep each key's first definition first; a replaced duplicate is not
    // in the graph. Checked anyway, as the graph trusts `byKey` for which one is used.
    const used = design.byKey.get(resource.key) === resource && !isEditorOnly(resource.group);
    if (used !== (slot?.resource === previous)) return undefined;
    if (!used || !slot || ordinal === undefined) continue;
    const extract = extractOf(resource);
    if (!sameOutline(slot, resource, extract)) return undefined;
    changes.push({
      ordinal,
      before: slot,
      after: { resource, extract, firstNode: slot.firstNode },
    });
  }
  return changes;
}

/**
 * True when everything other resources' references read of this one is unchanged: its identity,
 * node ids (and namespaces, for crossNamespace), listener ports, the Service it is a
 * DestinationRule for, and the hosts it provides as a Service or ServiceEntry.
 */
function sameOutline(slot: ResourceSlot, resource: Resource, extract: ResourceExtract): boolean {
  const was = slot.resource;
  const wasExtract = slot.extract;
  if (
    resource.family !== was.family ||
    resource.group !== was.group ||
    resource.kind !== was.kind ||
    resource.namespace !== was.namespace ||
    resource.name !== was.name ||
    extract.hostService !== wasExtract.hostService ||
    !sameMeshHosts(extract, wasExtract) ||
    extract.nodes.length !== wasExtract.nodes.length ||
    extract.listeners.length !== wasExtract.listeners.length
  ) {
    return false;
  }
  const sameNodes = extract.nodes.every((node, i) => {
    const wasNode = wasExtract.nodes[i]!;
    return node.id === wasNode.id && node.namespace === wasNode.namespace;
  });
  return (
    sameNodes &&
    extract.listeners.every((listener, i) => {
      const wasListener = wasExtract.listeners[i]!;
      return listener.id === wasListener.id && listener.port === wasListener.port;
    })
  );
}

function sameMeshHosts(a: ResourceExtract, b: ResourceExtract): boolean {
  const x = a.meshHosts;
  const y = b.meshHosts;
  if (x === undefined || y === undefined) return x === y;
  const same = (p: readonly string[], q: readonly string[]) =>
    p.length === q.length && p.every((v, i) => v === q[i]);
  return x.kind === y.kind && same(x.scopes, y.scopes) && same(x.hosts, y.hosts);
}
