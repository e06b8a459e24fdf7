import { describe, expect, it } from 'vitest';
import { jsonSchemas, kindJsonSchemas, type JsonSchema } from './json-schema.ts';

const DRAFT7_KEYWORDS = new Set([
  '$schema',
  '$id',
  '$ref',
  'title',
  'description',
  'default',
  'examples',
  'type',
  'enum',
  'const',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'properties',
  'required',
  'additionalProperties',
  'maxProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'allOf',
  'if',
  'then',
  'definitions',
]);
const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array']);

/** Checks every subschema uses draft-07 keywords with well-formed values; returns the problems. */
function problems(schema: JsonSchema, root: JsonSchema, at = '#'): string[] {
  const out: string[] = [];
  for (const key of Object.keys(schema)) {
    if (!DRAFT7_KEYWORDS.has(key)) out.push(`${at}: unknown keyword ${key}`);
  }
  const types = [schema.type ?? []].flat() as string[];
  if (types.some((t) => !TYPES.has(t))) out.push(`${at}: bad type ${String(schema.type)}`);
  if (typeof schema.pattern === 'string') {
    try {
      new RegExp(schema.pattern, 'u');
    } catch {
      out.push(`${at}: pattern is not a valid unicode RegExp`);
    }
  }
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/definitions/', '');
    if (!(root.definitions as Record<string, unknown>)[name])
      out.push(`${at}: dangling ${schema.$ref}`);
  }
  const children: [string, unknown][] = [
    ...Object.entries((schema.properties ?? {}) as Record<string, unknown>).map(
      ([k, v]) => [`${at}/properties/${k}`, v] as [string, unknown],
    ),
    ...Object.entries((schema.definitions ?? {}) as Record<string, unknown>).map(
      ([k, v]) => [`${at}/definitions/${k}`, v] as [string, unknown],
    ),
    [`${at}/items`, schema.items],
    [`${at}/additionalProperties`, schema.additionalProperties],
    [`${at}/if`, schema.if],
    [`${at}/then`, schema.then],
    ...((schema.allOf ?? []) as unknown[]).map(
      (v, i) => [`${at}/allOf/${i}`, v] as [string, unknown],
    ),
  ];
  for (const [path, child] of children) {
    if (child && typeof child === 'object') out.push(...problems(child as JsonSchema, root, path));
  }
  return out;
}

function resolve(root: JsonSchema, node: JsonSchema): JsonSchema {
  const ref = node.$ref as string | undefined;
  return ref
    ? ((root.definitions as Record<string, JsonSchema>)[ref.replace('#/definitions/', '')] ?? {})
    : node;
}

function fieldAt(root: JsonSchema, branch: JsonSchema, path: string[]): JsonSchema {
  let node = resolve(root, branch);
  for (const part of path) {
    node = resolve(
      root,
      part === '[]'
        ? (node.items as JsonSchema)
        : (node.properties as Record<string, JsonSchema>)[part]!,
    );
  }
  return node;
}

describe('JSON Schemas for the YAML pane', () => {
  const [combined] = jsonSchemas();
  const root = combined!.schema;
  const branch = (apiVersion: string, kind: string) =>
    (
      root.allOf as {
        if: { properties: { apiVersion: { const: string }; kind: { const: string } } };
        then: JsonSchema;
      }[]
    ).find(
      (b) => b.if.properties.apiVersion.const === apiVersion && b.if.properties.kind.const === kind,
    )!.then;

  it('is one combined draft-07 schema for every file', () => {
    expect(combined!.fileMatch).toEqual(['*']);
    expect(root.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(problems(root, root)).toEqual([]);
  });

  it('selects the kind by apiVersion and kind', () => {
    expect(branch('gateway.networking.k8s.io/v1', 'HTTPRoute')).toBeDefined();
    expect(branch('networking.istio.io/v1alpha3', 'VirtualService')).toBeDefined();
    expect(branch('v1', 'Service')).toBeDefined();
  });

  it('gives enums for completion and descriptions for hover', () => {
    const gateway = branch('gateway.networking.k8s.io/v1', 'Gateway');
    const protocol = fieldAt(root, gateway, ['spec', 'listeners', '[]', 'protocol']);
    expect(protocol.examples).toEqual(['HTTP', 'HTTPS', 'TLS', 'TCP', 'UDP']);
    expect(protocol.description).toMatch(/protocol/i);
    const mode = fieldAt(root, gateway, ['spec', 'listeners', '[]', 'tls', 'mode']);
    expect(mode.enum).toEqual(['Terminate', 'Passthrough']);
    const filterType = fieldAt(root, branch('gateway.networking.k8s.io/v1', 'HTTPRoute'), [
      'spec',
      'rules',
      '[]',
      'filters',
      '[]',
      'type',
    ]);
    expect(filterType.enum).toContain('URLRewrite');
    const lb = fieldAt(root, branch('networking.istio.io/v1', 'DestinationRule'), [
      'spec',
      'trafficPolicy',
      'loadBalancer',
      'simple',
    ]);
    expect(lb.enum).toContain('ROUND_ROBIN');
    expect(lb.description).toBeTruthy();
  });

  it('marks experimental fields', () => {
    const retry = fieldAt(root, branch('gateway.networking.k8s.io/v1', 'HTTPRoute'), [
      'spec',
      'rules',
      '[]',
      'retry',
    ]);
    expect(retry.description).toContain('experimental');
  });

  it('also offers one self-contained schema per kind and version', () => {
    const each = kindJsonSchemas();
    expect(each.length).toBeGreaterThan(25);
    for (const entry of each) expect(problems(entry.schema, entry.schema)).toEqual([]);
  });
});
