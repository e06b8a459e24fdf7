import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../schemas/dsl.ts';
import { GATEWAY_GROUP } from '../../model/kinds.ts';
import { kindSchemas } from '../../schemas/registry.ts';
import {
  DEFAULT_GATEWAY_API_TARGET,
  isAvailable,
  parseGatewayApiTarget,
  type GatewayApiTarget,
} from '../../schemas/gateway-api/target.ts';

const crds = resolve(process.cwd(), '../shared/reference/crds/gateway-api');

/**
 * The CRDs on disk are one release's (a development bundle with every change of v1.6); the channel
 * is chosen by directory. Earlier releases differ by what the release notes say (`registry.ts`,
 * the schemas' `channels`), which the CRDs cannot prove.
 */
const CHANNELS = [
  { dir: join(crds, 'standard'), target: DEFAULT_GATEWAY_API_TARGET },
  { dir: join(crds, 'experimental'), target: parseGatewayApiTarget('v1.6-experimental')! },
];

/** CRD rules that cannot be checked on a design, with the reason. */
const NOT_APPLICABLE: Record<string, string> = {
  'field is immutable': 'a transition rule (self == oldSelf): a design has no previous object',
  'Hostname value must only contain valid characters (matching ^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$)':
    'on status.addresses, which controllers write',
};

/** Kinds Route Studio does not model (the experimental x-k8s.io group). */
const KNOWN_KINDS = new Set(
  kindSchemas()
    .filter((e) => e.group === GATEWAY_GROUP)
    .map((e) => e.kind),
);

/** `kind: message` of every CEL rule of the CRDs' served versions. */
function crdRules(dir: string): Set<string> {
  const rules = new Set<string>();
  const walk = (kind: string, node: Record<string, unknown> | undefined): void => {
    if (!node || typeof node !== 'object') return;
    for (const r of (node['x-kubernetes-validations'] as { message: string }[] | undefined) ?? []) {
      if (!NOT_APPLICABLE[r.message]) rules.add(`${kind}: ${r.message}`);
    }
    const props = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
    Object.values(props).forEach((p) => walk(kind, p));
    walk(kind, node.items as Record<string, unknown> | undefined);
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    for (const doc of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
      const crd = doc.toJS() as {
        kind?: string;
        spec?: {
          names: { kind: string };
          versions: { served: boolean; schema: { openAPIV3Schema: Record<string, unknown> } }[];
        };
      };
      if (crd?.kind !== 'CustomResourceDefinition' || !crd.spec) continue;
      if (!KNOWN_KINDS.has(crd.spec.names.kind)) continue;
      for (const version of crd.spec.versions.filter((v) => v.served))
        walk(crd.spec.names.kind, version.schema.openAPIV3Schema);
    }
  }
  return rules;
}

/** `kind: message` of every CEL rule the schemas apply on the target (fields it has only). */
function implementedRules(target: GatewayApiTarget): Set<string> {
  const found = new Set<string>();
  for (const entry of kindSchemas()) {
    if (entry.group !== GATEWAY_GROUP || !isAvailable(entry.channels, target)) continue;
    const seen = new Set<Schema>();
    const walk = (node: Schema): void => {
      if (seen.has(node) || !isAvailable(node.channels, target)) return;
      seen.add(node);
      for (const rule of node.rules ?? []) {
        if (rule.code !== undefined || typeof rule.message !== 'string') continue;
        if (isAvailable(rule.channels, target)) found.add(`${entry.kind}: ${rule.message}`);
      }
      if (node.type === 'object') Object.values(node.properties).forEach(walk);
      if (node.type === 'array') walk(node.items);
      if (node.type === 'map') walk(node.values);
    };
    walk(entry.schema);
  }
  return found;
}

describe.each(CHANNELS)('CEL rules of the $target.channel CRDs', ({ dir, target }) => {
  const crd = crdRules(dir);
  const implemented = implementedRules(target);

  it('finds the rules in the reference CRDs', () => {
    // About 70 distinct kind+message pairs (more rule entries, repeated across versions and paths).
    expect(crd.size).toBeGreaterThan(60);
  });

  it('implements every rule message of every kind', () => {
    expect([...crd].filter((rule) => !implemented.has(rule))).toEqual([]);
  });

  it('applies no rule that this channel does not have', () => {
    expect([...implemented].filter((rule) => !crd.has(rule))).toEqual([]);
  });
});
