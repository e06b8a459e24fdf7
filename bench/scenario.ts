import type { Design } from '../src/core/design/design.ts';
import type { TextEdit } from '../src/core/design/design-file.ts';
import { segmentOffset } from '../src/core/design/locate.ts';
import type { Resource } from '../src/core/model/resource.ts';

interface BackendRule {
  backendRefs?: unknown[];
}

/** The HTTPRoute nearest the middle of the design that has a rule splitting traffic, and that rule. */
export function middleSplitRoute(design: Design): { resource: Resource; rule: number } {
  const routes = design.resources.filter((r) => r.kind === 'HTTPRoute');
  for (let i = routes.length >> 1; i < routes.length; i++) {
    const resource = routes[i]!;
    const rules = (resource.value.spec as { rules?: BackendRule[] }).rules ?? [];
    const rule = rules.findIndex((r) => (r.backendRefs?.length ?? 0) > 1);
    if (rule !== -1) return { resource, rule };
  }
  throw new Error('No HTTPRoute with a traffic split in the second half of the design');
}

/** Inserts one character into the first path value (`/api` → `/apix`) of the resource. */
export function oneCharEdit(design: Design, resource: Resource): TextEdit {
  const file = design.files.find((f) => f.name === resource.file)!;
  const start = segmentOffset(design, resource)! + (resource.node.range?.[0] ?? 0);
  const at = file.text.indexOf('value: /api', start);
  if (at === -1) throw new Error(`No path value in ${resource.key}`);
  const offset = at + 'value: /api'.length;
  return { start: offset, end: offset, text: 'x' };
}
