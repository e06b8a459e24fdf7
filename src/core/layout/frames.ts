import { FRAME_LABEL_HEIGHT, FRAME_PADDING } from './geometry.ts';
import type { NamespaceRun, NodeBox } from './layout.ts';

/** A namespace drawn as a frame around its resources (one column, or neighbouring columns). */
export interface NamespaceFrame {
  namespace: string;
  /** The Namespace object (or missing object) the frame stands for, when the design has one. */
  object: string | undefined;
  /** The frame's outer box, label included (the label sits in its top `FRAME_LABEL_HEIGHT`). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Box ids inside the frame. */
  members: readonly string[];
}

/** Above this many boxes frames are not merged across columns (a quadratic pass). */
const MERGE_MAX_BOXES = 300;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function union(rects: readonly Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}

function frameAround(boxes: readonly Rect[]): Rect {
  const inner = union(boxes);
  return {
    x: inner.x - FRAME_PADDING,
    y: inner.y - FRAME_PADDING - FRAME_LABEL_HEIGHT,
    width: inner.width + 2 * FRAME_PADDING,
    height: inner.height + 2 * FRAME_PADDING + FRAME_LABEL_HEIGHT,
  };
}

/**
 * The namespace frames of a laid-out design, at the boxes' current positions (`at`: manual
 * position or layout). A box the person dragged away from its run (no longer overlapping where
 * the layout put the run) leaves the frame and shows its namespace itself. Frames of one
 * namespace in neighbouring columns merge into one when the merged frame covers no other box or
 * frame: a namespace's routes and Services then read as one group.
 */
export function namespaceFrames(
  runs: readonly NamespaceRun[],
  laidOut: ReadonlyMap<string, NodeBox>,
  at: (id: string) => NodeBox | undefined,
  namespaceObjects: ReadonlyMap<string, string>,
): NamespaceFrame[] {
  type Draft = { namespace: string; first: number; last: number; members: string[]; rect: Rect };
  const drafts: Draft[] = [];
  for (const run of runs) {
    const auto = run.members.map((id) => laidOut.get(id)).filter((b): b is NodeBox => !!b);
    if (!auto.length) continue;
    const home = union(auto);
    const members = run.members.filter((id) => {
      const box = at(id);
      return box !== undefined && intersects(box, home);
    });
    if (!members.length) continue;
    drafts.push({
      namespace: run.namespace,
      first: run.column,
      last: run.column,
      members,
      rect: frameAround(members.map((id) => at(id)!)),
    });
  }
  if (laidOut.size <= MERGE_MAX_BOXES) mergeNeighbours(drafts, laidOut, at);
  return drafts.map((d) => ({
    namespace: d.namespace,
    object: namespaceObjects.get(d.namespace),
    ...d.rect,
    members: d.members,
  }));
}

function mergeNeighbours(
  drafts: { namespace: string; first: number; last: number; members: string[]; rect: Rect }[],
  laidOut: ReadonlyMap<string, NodeBox>,
  at: (id: string) => NodeBox | undefined,
) {
  const boxes = [...laidOut.keys()].map((id) => ({ id, box: at(id) ?? laidOut.get(id)! }));
  for (let merged = true; merged;) {
    merged = false;
    for (let i = 0; i < drafts.length && !merged; i++) {
      for (let j = 0; j < drafts.length && !merged; j++) {
        const a = drafts[i]!;
        const b = drafts[j]!;
        if (i === j || a.namespace !== b.namespace || b.first !== a.last + 1) continue;
        const members = new Set([...a.members, ...b.members]);
        const rect = frameAround([...members].map((id) => at(id)!));
        const blocked =
          boxes.some(({ id, box }) => !members.has(id) && intersects(box, rect)) ||
          drafts.some((d, k) => k !== i && k !== j && intersects(d.rect, rect));
        if (blocked) continue;
        drafts[i] = { ...a, last: b.last, members: [...members], rect };
        drafts.splice(j, 1);
        merged = true;
      }
    }
  }
}
