/**
 * Quick fixes: pure functions from a diagnostic (or a cursor position) to the commands that
 * resolve it. The editor offers them as code actions and dispatches the commands as one undo
 * step; the CLI can apply them with `applyQuickFix`.
 */
import { applyCommand } from '../commands/apply.ts';
import type { Design } from '../design/design.ts';
import { fieldPathAt } from '../design/at-offset.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { GATEWAY_GROUP, isGatewayRoute } from '../model/kinds.ts';
import { diagnosticResource } from './quick-fixes/diagnostic-resource.ts';
import { enumValueFixes } from './quick-fixes/enum-value.ts';
import { parseFieldPath, startsWith } from './quick-fixes/field-path.ts';
import { referenceGrantFix } from './quick-fixes/reference-grant.ts';
import { pinListenerAssists, sectionNameFixes } from './quick-fixes/section-name.ts';
import type { QuickFix } from './quick-fixes/types.ts';

export type { QuickFix } from './quick-fixes/types.ts';
export { diagnosticResource } from './quick-fixes/diagnostic-resource.ts';

/** Parent attachment failures a different listener can cure. */
const ATTACHMENT_CODES = new Set([
  'route-no-matching-parent',
  'route-not-allowed-by-listeners',
  'route-no-matching-listener-hostname',
]);

const isRouteKind = (kind: string) => isGatewayRoute(kind);

/** The fixes for one diagnostic of `design` (empty when no fix is obvious). */
export function quickFixes(design: Design, diagnostic: Diagnostic): QuickFix[] {
  if (diagnostic.path === undefined) return [];
  const resource = diagnosticResource(design, diagnostic);
  if (!resource) return [];
  const path = parseFieldPath(diagnostic.path);
  if (diagnostic.code === 'schema-enum') return enumValueFixes(resource, path);
  if (diagnostic.code === 'ref-not-permitted') {
    const fix = referenceGrantFix(design, resource, path);
    return fix ? [fix] : [];
  }
  const parentIndex = path[2];
  if (
    ATTACHMENT_CODES.has(diagnostic.code) &&
    resource.group === GATEWAY_GROUP &&
    isRouteKind(resource.kind) &&
    startsWith(path, ['spec', 'parentRefs']) &&
    typeof parentIndex === 'number'
  ) {
    return sectionNameFixes(design, resource, parentIndex);
  }
  return [];
}

/**
 * Changes offered where the cursor is although nothing is wrong: a parentRef that attaches to
 * several listeners can be pinned to one of them.
 */
export function quickAssists(design: Design, file: string, offset: number): QuickFix[] {
  const at = fieldPathAt(design, file, offset);
  if (!at || at.resource.group !== GATEWAY_GROUP || !isRouteKind(at.resource.kind)) return [];
  const index = at.path[2];
  if (!startsWith(at.path, ['spec', 'parentRefs']) || typeof index !== 'number') return [];
  return pinListenerAssists(design, at.resource, index);
}

/**
 * Applies a fix's commands in order. Returns the final design and why a command did nothing
 * (the design is then as far as the fix got; an editor would rather not apply it at all).
 */
export function applyQuickFix(
  design: Design,
  fix: QuickFix,
): { design: Design; diagnostics: Diagnostic[] } {
  let current = design;
  const diagnostics: Diagnostic[] = [];
  for (const command of fix.commands) {
    const result = applyCommand(current, command);
    current = result.design;
    diagnostics.push(...result.diagnostics);
  }
  return { design: current, diagnostics };
}
