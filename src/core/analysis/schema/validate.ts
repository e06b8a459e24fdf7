/** Schema validation of resources: the findings of `check.ts`, placed in the YAML source. */
import { isMap, isScalar, type Node } from 'yaml';
import { formatPath, type Diagnostic, type FieldPath } from '../../diagnostics.ts';
import type { Design } from '../../design/design.ts';
import { lineIndexOf } from '../../design/design-file.ts';
import { locateField, nodeAt, segmentOffset } from '../../design/locate.ts';
import type { Resource } from '../../model/resource.ts';
import { kindChannels, schemaFor, servedVersions } from '../../schemas/registry.ts';
import {
  DEFAULT_GATEWAY_API_TARGET,
  describeTarget,
  formatGatewayApiTarget,
  whereAvailable,
  type GatewayApiTarget,
} from '../../schemas/gateway-api/target.ts';
import type { SourceRange } from '../../source.ts';
import { placed } from '../placement.ts';
import { checkValue, type SchemaFinding } from './check.ts';

/** A schema diagnostic; `rule` names the CEL (or spec) rule behind a `cel-rule` finding. */
export interface SchemaDiagnostic extends Diagnostic {
  rule?: string;
}

const findingsCache = new WeakMap<Resource, Map<string, SchemaFinding[]>>();

/** Findings of one resource, by field path. Cached per target: resources are immutable. */
export function schemaFindings(
  resource: Resource,
  target: GatewayApiTarget = DEFAULT_GATEWAY_API_TARGET,
): SchemaFinding[] {
  let perTarget = findingsCache.get(resource);
  if (!perTarget) findingsCache.set(resource, (perTarget = new Map()));
  const key = formatGatewayApiTarget(target);
  let findings = perTarget.get(key);
  if (!findings) perTarget.set(key, (findings = computeFindings(resource, target)));
  return findings;
}

function computeFindings(resource: Resource, target: GatewayApiTarget): SchemaFinding[] {
  const { group, kind } = resource;
  const known = servedVersions(group, kind);
  if (known.length === 0) return [];
  const out: SchemaFinding[] = [];
  const served = servedVersions(group, kind, target);
  const inTarget = served.includes(resource.version);
  let entry = schemaFor(group, kind, inTarget ? resource.version : (served[0] ?? known[0]!))!;
  if (served.length === 0) {
    out.push({
      code: 'schema-kind-channel',
      severity: 'error',
      path: ['kind'],
      message: `${kind} is not in ${describeTarget(target)} (${whereAvailable(kindChannels(group, kind)!)}); the API server has no such kind`,
    });
    entry = schemaFor(group, kind, resource.version) ?? entry;
  } else if (!inTarget) {
    out.push({
      code: 'schema-version',
      severity: 'warning',
      path: ['apiVersion'],
      message: `${kind} ${resource.apiVersion} is not served by ${describeTarget(target)} (served: ${served.join(', ')}); checked as ${entry.apiVersion}`,
    });
  }
  const { apiVersion: _apiVersion, ...value } = resource.value;
  // apiVersion is checked above; the schema's single-value enum is for completion only.
  const walk = { findings: out, target };
  checkValue(entry.schema, { apiVersion: entry.apiVersion, ...value }, [], walk);
  return out;
}

/**
 * Validates one resource against its kind's schema: types, enums, patterns, lengths, ranges,
 * required fields, list limits and keys, unknown fields (warnings) and the CRDs' CEL rules.
 * Kinds without a schema give no diagnostics.
 */
export function validateSchema(
  resource: Resource,
  design: Design,
  target: GatewayApiTarget = DEFAULT_GATEWAY_API_TARGET,
): SchemaDiagnostic[] {
  return schemaFindings(resource, target).map((f) => ({
    code: f.code,
    severity: f.severity,
    message: f.message,
    file: resource.file,
    range: f.atKey ? keyRange(design, resource, f.path) : locateField(design, resource, f.path),
    path: formatPath(f.path),
    resource: { kind: resource.kind, namespace: resource.namespace, name: resource.name },
    ...(f.rule ? { rule: f.rule } : {}),
  }));
}

/** Schema diagnostics of every resource of the design, in resource order. */
export function validateDesignSchema(
  design: Design,
  target: GatewayApiTarget = DEFAULT_GATEWAY_API_TARGET,
): SchemaDiagnostic[] {
  const out: SchemaDiagnostic[] = [];
  for (const resource of design.resources) {
    const findings = schemaFindings(resource, target);
    if (findings.length === 0) continue;
    out.push(...placed(design, resource, findings, () => validateSchema(resource, design, target)));
  }
  return out;
}

/** The range of the key of the field at `path` (the value's range when the key has none). */
function keyRange(design: Design, resource: Resource, path: FieldPath): SourceRange | undefined {
  const parent = nodeAt(resource, path.slice(0, -1));
  const name = path[path.length - 1];
  if (parent.exact && isMap(parent.node)) {
    const pair = parent.node.items.find((p) => isScalar(p.key) && p.key.value === name);
    const key = pair?.key as Node | undefined;
    const base = segmentOffset(design, resource);
    const file = design.files.find((f) => f.name === resource.file);
    if (key?.range && base !== undefined && file) {
      return lineIndexOf(file).range(file.name, base + key.range[0], base + key.range[1]);
    }
  }
  return locateField(design, resource, path);
}
