import { compareText } from './support/order.ts';
import type { Design } from '../design/design.ts';
import { locateField } from '../design/locate.ts';
import { formatPath, type Diagnostic } from '../diagnostics.ts';
import { analyzeGatewayApi } from './gateway-api/index.ts';
import { analyzeIstio } from './istio/index.ts';
import {
  DEFAULT_GATEWAY_API_TARGET,
  formatGatewayApiTarget,
} from '../schemas/gateway-api/target.ts';
import { lintDesign } from './lint/index.ts';
import { routingTestsOf } from '../routing-tests/parse.ts';
import { placed } from './placement.ts';
import { validateDesignSchema } from './schema/validate.ts';
import { createContext } from './support/context.ts';
import type { AnalysisOptions, Finding, ResourceStatus } from './types.ts';

export interface AnalysisResult {
  diagnostics: Diagnostic[];
  status: ResourceStatus[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function toDiagnostic(design: Design, finding: Finding): Diagnostic {
  const { resource, path } = finding;
  const diagnostic: Diagnostic = {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    file: resource.file,
    range: locateField(design, resource, path),
    path: formatPath(path),
    resource: { kind: resource.kind, namespace: resource.namespace, name: resource.name },
  };
  if (finding.istioCode) diagnostic.istioCode = finding.istioCode;
  return diagnostic;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file === b.file ? 0 : compareText(a.file, b.file)) ||
    (a.range?.start.offset ?? 0) - (b.range?.start.offset ?? 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareText(a.code, b.code)
  );
}

const cache = new WeakMap<Design, Map<string, AnalysisResult>>();

/**
 * Analyzes a design as a cluster would see it: the status a conformant Gateway API controller
 * would write, what `istioctl analyze` would report, design lint, and schema and CEL validation.
 * Parse diagnostics are not repeated here (they are `design.diagnostics`). Results are cached per
 * design object.
 */
export function analyzeDesign(design: Design, options: AnalysisOptions = {}): AnalysisResult {
  const missingAsError = options.missingAsError ?? false;
  const target = options.gatewayApi ?? DEFAULT_GATEWAY_API_TARGET;
  const key = `${missingAsError}/${formatGatewayApiTarget(target)}`;
  const cached = cache.get(design)?.get(key);
  if (cached) return cached;
  const ctx = createContext(design, missingAsError, target);
  const gatewayApi = analyzeGatewayApi(ctx);
  // The Istio analyzers as one unit: kept while none of the kinds they read changed.
  const istio = ctx.memo('istio', undefined, analyzeIstio);
  const findings = [...gatewayApi.findings, ...istio, ...lintDesign(ctx, gatewayApi)];
  const result: AnalysisResult = {
    diagnostics: [
      ...validateDesignSchema(design, target),
      ...routingTestsOf(design).diagnostics,
      ...findings.flatMap((f) => placed(design, f.resource, f, () => [toDiagnostic(design, f)])),
    ].sort(byPosition),
    status: gatewayApi.status,
  };
  const perDesign = cache.get(design) ?? new Map<string, AnalysisResult>();
  perDesign.set(key, result);
  cache.set(design, perDesign);
  return result;
}
