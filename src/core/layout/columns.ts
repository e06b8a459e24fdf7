import { CORE_GROUP, GATEWAY_GROUP, ISTIO_GROUP } from '../model/kinds.ts';
import type { GraphNode } from '../graph/types.ts';
import type { LayoutStructure } from './structure.ts';

/**
 * Column rank of the kinds whose place follows from their role in routing, left to right:
 * class → gateways → listener sets → routes → backends. A DestinationRule shares the column of
 * the Services it configures: a column of its own would make every Istio design a column wider
 * than a laptop's canvas shows readably.
 */
const ROLE_RANK = new Map<string, number>([
  [`${GATEWAY_GROUP}/GatewayClass`, 0],
  [`${GATEWAY_GROUP}/Gateway`, 1],
  [`${ISTIO_GROUP}/Gateway`, 1],
  [`${GATEWAY_GROUP}/ListenerSet`, 2],
  [`${GATEWAY_GROUP}/HTTPRoute`, 3],
  [`${GATEWAY_GROUP}/GRPCRoute`, 3],
  [`${GATEWAY_GROUP}/TLSRoute`, 3],
  [`${GATEWAY_GROUP}/TCPRoute`, 3],
  [`${GATEWAY_GROUP}/UDPRoute`, 3],
  [`${ISTIO_GROUP}/VirtualService`, 3],
  [`${ISTIO_GROUP}/DestinationRule`, 5],
  [`${CORE_GROUP}/Service`, 5],
]);

const ROUTE_RANK = 3;
const BACKEND_RANK = 5;

/** Kinds drawn to the right of what they point at (grants and policies). */
function pointsAtOthers(node: GraphNode): boolean {
  return node.kind === 'ReferenceGrant' || node.kind.endsWith('Policy');
}

/** The fixed role rank of a box, if its kind has one. */
export function roleRank(node: GraphNode): number | undefined {
  if (node.type === 'mesh') return 1;
  return ROLE_RANK.get(`${node.group}/${node.kind}`);
}

/**
 * Assigns every box a column. Role kinds take their fixed rank; grants and policies go right of
 * their targets; everything else referenced (Secrets, ConfigMaps, unknown kinds) goes right of its
 * referrers; what stays unplaced (isolated unknown kinds, objects only grants or policies point at)
 * starts a last column, and what links to those follows the same rules; boxes linked to nothing go
 * under the first column. Empty ranks are then squeezed out so columns are consecutive.
 */
export function assignColumns(structure: LayoutStructure): number[] {
  const { boxes, links } = structure;
  const rank: (number | undefined)[] = boxes.map(roleRank);
  const targets: number[][] = boxes.map(() => []);
  const referrers: number[][] = boxes.map(() => []);
  for (const link of links) {
    targets[link.from.box]!.push(link.to.box);
    referrers[link.to.box]!.push(link.from.box);
  }
  const maxRankOf = (list: readonly number[]) => {
    let max: number | undefined;
    for (const b of list) {
      const r = rank[b];
      if (r !== undefined && (max === undefined || r > max)) max = r;
    }
    return max;
  };
  // Derived ranks depend on each other (a ConfigMap of a policy of a Service): settle in passes.
  const settle = () => {
    for (let pass = 0, changed = true; changed && pass < 6; pass++) {
      changed = false;
      boxes.forEach((box, b) => {
        if (rank[b] !== undefined) return;
        const base = pointsAtOthers(box)
          ? maxRankOf(targets[b]!)
          : (maxRankOf(referrers[b]!) ?? maxRankOf(targets[b]!));
        if (base !== undefined) {
          // Whatever routes refer to is a backend, whether or not DestinationRules sit between.
          rank[b] = base === ROUTE_RANK ? BACKEND_RANK : base + 1;
          changed = true;
        }
      });
    }
  };
  settle();
  const known = rank.filter((r): r is number => r !== undefined);
  const last = (known.length ? Math.max(...known) : 0) + 1;
  // Boxes linked to nothing (a Namespace with no resources in the design, an unused Secret) line
  // up with nothing either: they go under the first column, not far right past the backends.
  const first = known.length ? Math.min(...known) : 0;
  boxes.forEach((_, b) => {
    if (rank[b] === undefined && !targets[b]!.length && !referrers[b]!.length) rank[b] = first;
  });
  // What is still unplaced may link among itself (a ReferenceGrant from a Namespace): start the
  // last column with the boxes no unplaced box refers to, grants and policies aside, and derive
  // the rest from them, so those links cross columns too instead of running inside one.
  const unplacedReferrer = (r: number) => rank[r] === undefined && !pointsAtOthers(boxes[r]!);
  boxes.forEach((box, b) => {
    if (rank[b] === undefined && !pointsAtOthers(box) && !referrers[b]!.some(unplacedReferrer))
      rank[b] = last;
  });
  settle();
  const used = [...new Set(rank.map((r) => r ?? last))].sort((a, b) => a - b);
  const column = new Map(used.map((r, i) => [r, i]));
  return rank.map((r) => column.get(r ?? last)!);
}
