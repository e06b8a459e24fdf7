import type { FieldPath } from '../diagnostics.ts';
import type { GraphEdge, GraphNode } from '../graph/types.ts';
import type { Command } from './types.ts';

/** The field holding a whole reference (a destination entry, a mirror filter), not its leaf. */
function referenceField(edge: GraphEdge): FieldPath {
  const path = edge.source.path;
  // A subset edge is the `subset` of a destination: the destination itself stays.
  if (edge.type === 'subset') return [...path, 'subset'];
  const filters = path.indexOf('filters');
  if (filters >= 0 && typeof path[filters + 1] === 'number') return path.slice(0, filters + 2);
  if (path[path.length - 1] === 'destination') return path.slice(0, -1);
  return path;
}

/** The command that removes the reference an edge stands for from its source's YAML. */
export function commandForEdge(edge: GraphEdge): Command | undefined {
  const { resource: key, path } = edge.source;
  if (edge.type === 'parent-ref' && path[1] === 'parentRefs' && typeof path[2] === 'number')
    return { type: 'detachParent', key, parent: path[2] };
  if (
    edge.type === 'backend' &&
    path[1] === 'rules' &&
    typeof path[2] === 'number' &&
    path[3] === 'backendRefs' &&
    typeof path[4] === 'number'
  )
    return { type: 'removeBackend', key, rule: path[2], backend: path[4] };
  if (path.length === 0) return undefined;
  return { type: 'removeField', key, path: referenceField(edge) };
}

/** The command that removes a part (listener, rule, server, route, subset) from its resource. */
export function commandForPart(part: GraphNode): Command | undefined {
  const key = part.parent;
  if (key === undefined) return undefined;
  if (part.type === 'listener') return { type: 'removeListener', key, name: part.label };
  if (part.type === 'rule' && part.index !== undefined)
    return { type: 'removeRule', key, rule: part.index };
  return part.path ? { type: 'removeField', key, path: part.path } : undefined;
}

/** Where inside its resource a removal command removes something (for ordering removals). */
export function removedPath(command: Command, part?: GraphNode): FieldPath | undefined {
  switch (command.type) {
    case 'detachParent':
      return ['spec', 'parentRefs', command.parent];
    case 'removeBackend':
      return ['spec', 'rules', command.rule, 'backendRefs', command.backend];
    case 'removeRule':
      return ['spec', 'rules', command.rule];
    case 'removeListener':
      return part?.path;
    case 'removeField':
      return command.path;
    default:
      return undefined;
  }
}
