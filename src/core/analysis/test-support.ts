import { createDesign } from '../design/design.ts';
import { analyzeDesign, type AnalysisResult } from './analyze.ts';
import type { AnalysisOptions, ResourceStatus } from './types.ts';

/** Analyzes inline YAML as a one-file design (test helper). */
export function analyzeYaml(yaml: string, options: AnalysisOptions = {}): AnalysisResult {
  return analyzeDesign(createDesign([{ name: 'design.yaml', text: yaml }]), options);
}

/** The codes of the diagnostics, sorted, for compact assertions. */
export function codesOf(result: AnalysisResult, severity?: string): string[] {
  return result.diagnostics
    .filter((d) => severity === undefined || d.severity === severity)
    .map((d) => d.code)
    .sort();
}

export function statusOf(result: AnalysisResult, kind: string, name: string): ResourceStatus {
  const status = result.status.find((s) => s.resource.kind === kind && s.resource.name === name);
  if (!status) throw new Error(`no status for ${kind} ${name}`);
  return status;
}

/** `type=status/reason` of each condition, e.g. `Accepted=False/NotAllowedByListeners`. */
export function conditionsOf(
  conditions: readonly { type: string; status: string; reason: string }[],
): string[] {
  return conditions.map((c) => `${c.type}=${c.status}/${c.reason}`);
}

/** A Gateway with the given listeners YAML (indented under `listeners:`) in namespace infra. */
export function gatewayYaml(listeners: string, extra = ''): string {
  return `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: example
spec:
  controllerName: example.com/controller
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
  namespace: infra
spec:
  gatewayClassName: example
${extra}  listeners:
${listeners}`;
}
