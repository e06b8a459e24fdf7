import type { AnalysisResult } from '../core/analysis/analyze.ts';
import { diagnosticResource } from '../core/analysis/quick-fixes.ts';
import { field, objectsOf } from '../core/analysis/support/values.ts';
import type { ParentStatus, ResourceStatus } from '../core/analysis/types.ts';
import type { Design } from '../core/design/design.ts';
import type { GatewayApiTarget } from '../core/schemas/gateway-api/target.ts';
import type { Diagnostic, Severity } from '../core/diagnostics.ts';
import { GATEWAY_GROUP } from '../core/model/kinds.ts';
import { resourceKey } from '../core/model/resource.ts';

/** How many diagnostics are about one resource, and the worst of them. */
export interface ProblemCount {
  error: number;
  warning: number;
  info: number;
  worst: Severity;
}

/** Everything the views show about the health of a design, derived from it alone. */
/** What the analysis of a design depends on besides the design: the store's analysis options. */
export interface AnalysisSettings {
  missingAsError: boolean;
  gatewayApi: GatewayApiTarget;
}

/** The analysis settings of a store state. */
export const analysisSettingsOf = (s: AnalysisSettings): AnalysisSettings => ({
  missingAsError: s.missingAsError,
  gatewayApi: s.gatewayApi,
});

export interface DesignAnalysis {
  design: Design;
  missingAsError: boolean;
  gatewayApi: GatewayApiTarget;
  /** Every diagnostic (parse, schema and CEL, analysis), by file and position. */
  diagnostics: readonly Diagnostic[];
  /** Schema and analysis diagnostics only: the parse ones are `design.diagnostics`. */
  checks: readonly Diagnostic[];
  /** The Gateway API status preview. */
  status: readonly ResourceStatus[];
  /** Problem counts by the key of the resource they are about. */
  byResource: ReadonlyMap<string, ProblemCount>;
  /** A route parent's status by `<route key>#<parentRefs index>` (see `parentStatusKey`). */
  parentStatus: ReadonlyMap<string, ParentStatus>;
  /** Routes attached to each listener, by the listener's graph node id. */
  attachedRoutes: ReadonlyMap<string, number>;
  /** The checks are still being computed: only the parse diagnostics are in. */
  pending: boolean;
  /** Why the checks could not be computed (an analysis that threw); absent when they were. */
  failure?: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.range?.start.offset ?? -1) - (b.range?.start.offset ?? -1) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.code.localeCompare(b.code)
  );
}

/** The key `parentStatus` files a route's parent under. */
export function parentStatusKey(routeKey: string, parentIndex: number): string {
  return `${routeKey}#${parentIndex}`;
}

function countProblems(design: Design, diagnostics: readonly Diagnostic[]) {
  const counts = new Map<string, ProblemCount>();
  for (const diagnostic of diagnostics) {
    const key = diagnosticResource(design, diagnostic)?.key;
    if (!key) continue;
    const count = counts.get(key) ?? { error: 0, warning: 0, info: 0, worst: 'info' };
    count[diagnostic.severity]++;
    if (SEVERITY_ORDER[diagnostic.severity] < SEVERITY_ORDER[count.worst])
      count.worst = diagnostic.severity;
    counts.set(key, count);
  }
  return counts;
}

function indexStatus(design: Design, status: readonly ResourceStatus[]) {
  const parentStatus = new Map<string, ParentStatus>();
  const attachedRoutes = new Map<string, number>();
  for (const entry of status) {
    const { kind, namespace, name } = entry.resource;
    const key = resourceKey({ group: GATEWAY_GROUP, kind, namespace, name });
    for (const listener of entry.listeners ?? []) {
      attachedRoutes.set(`${key}#listener/${listener.name}`, listener.attachedRoutes);
    }
    if (!entry.parents) continue;
    // Status lists the parentRefs that are mappings, in order; the graph numbers all entries.
    const route = design.byKey.get(key);
    const written = objectsOf(field(route?.value, 'spec', 'parentRefs'));
    entry.parents.forEach((parent, i) => {
      const index = written[i]?.index;
      if (index !== undefined) parentStatus.set(parentStatusKey(key, index), parent);
    });
  }
  return { parentStatus, attachedRoutes };
}

/**
 * What the editor shows of an analysis result: its diagnostics merged with the design's parse
 * ones, counted per resource, and the status indexed for the canvas. `result` must be of `design`.
 */
export function composeAnalysis(
  design: Design,
  settings: AnalysisSettings,
  result: AnalysisResult,
): DesignAnalysis {
  const checks = result.diagnostics;
  const diagnostics = [...design.diagnostics, ...checks].sort(byPosition);
  return {
    design,
    missingAsError: settings.missingAsError,
    gatewayApi: settings.gatewayApi,
    diagnostics,
    checks,
    status: result.status,
    byResource: countProblems(design, diagnostics),
    ...indexStatus(design, result.status),
    pending: false,
  };
}

/** The analysis to show until the checks of a design are in: its parse diagnostics alone. */
export function pendingAnalysis(design: Design, settings: AnalysisSettings): DesignAnalysis {
  return {
    ...composeAnalysis(design, settings, { diagnostics: [], status: [] }),
    pending: true,
  };
}

/** The analysis to show when the checks failed: the parse diagnostics and why (never stale ones). */
export function failedAnalysis(
  design: Design,
  settings: AnalysisSettings,
  failure: string,
): DesignAnalysis {
  return { ...composeAnalysis(design, settings, { diagnostics: [], status: [] }), failure };
}
