import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../schemas/dsl.ts';
import { GATEWAY_GROUP } from '../../model/kinds.ts';
import { kindSchemas } from '../../schemas/registry.ts';

const crds = resolve(process.cwd(), '../shared/reference/crds/gateway-api');
const standard = join(crds, 'standard');
const experimental = join(crds, 'experimental');

/** Experimental-channel kinds whose rules Route Studio implements. */
const EXPERIMENTAL_KINDS = ['HTTPRoute', 'GRPCRoute', 'TCPRoute', 'TLSRoute', 'UDPRoute'];

/** Experimental-channel rules left out on purpose, with the reason. */
const EXPERIMENTAL_SKIPPED: Record<string, string> = {
  'sectionName or port must be unique when parentRefs includes 2 or more references to the same parent':
    'implied by the standard rule "sectionName must be unique …", which reports every violation of it',
};

/** CRD rules that cannot be checked on a design, with the reason. */
const NOT_APPLICABLE: Record<string, string> = {
  'field is immutable': 'a transition rule (self == oldSelf): a design has no previous object',
  'Hostname value must only contain valid characters (matching ^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$)':
    'on status.addresses, which controllers write',
};

interface CrdRule {
  kind: string;
  message: string;
}

function crdRules(dir: string): CrdRule[] {
  const rules: CrdRule[] = [];
  const walk = (kind: string, node: Record<string, unknown> | undefined): void => {
    if (!node || typeof node !== 'object') return;
    for (const r of (node['x-kubernetes-validations'] as { message: string }[] | undefined) ?? []) {
      rules.push({ kind, message: r.message });
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
          versions: { schema: { openAPIV3Schema: Record<string, unknown> } }[];
        };
      };
      if (crd?.kind !== 'CustomResourceDefinition' || !crd.spec) continue;
      for (const version of crd.spec.versions)
        walk(crd.spec.names.kind, version.schema.openAPIV3Schema);
    }
  }
  return rules;
}

function implementedMessages(kind: string): Set<string> {
  const found = new Set<string>();
  const seen = new Set<Schema>();
  const walk = (node: Schema): void => {
    if (seen.has(node)) return;
    seen.add(node);
    for (const rule of node.rules ?? []) {
      if (rule.code === undefined && typeof rule.message === 'string') found.add(rule.message);
    }
    if (node.type === 'object') Object.values(node.properties).forEach(walk);
    if (node.type === 'array') walk(node.items);
    if (node.type === 'map') walk(node.values);
  };
  kindSchemas()
    .filter((e) => e.group === GATEWAY_GROUP && e.kind === kind)
    .forEach((e) => walk(e.schema));
  return found;
}

describe('CEL rules of the standard-channel CRDs', () => {
  const rules = crdRules(standard);

  it('finds the rules in the reference CRDs', () => {
    const distinct = new Set(rules.map((r) => `${r.kind}: ${r.message}`));
    // About 70 distinct kind+message pairs (more rule entries, repeated across versions and paths).
    expect(distinct.size).toBeGreaterThan(60);
  });

  it('implements every rule message of every kind', () => {
    const missing = [...new Set(rules.map((r) => `${r.kind}: ${r.message}`))].filter((key) => {
      const [kind, ...rest] = key.split(': ');
      const message = rest.join(': ');
      return !NOT_APPLICABLE[message] && !implementedMessages(kind!).has(message);
    });
    expect(missing).toEqual([]);
  });
});

describe('CEL rules of the experimental-channel CRDs', () => {
  const rules = crdRules(experimental).filter((r) => EXPERIMENTAL_KINDS.includes(r.kind));

  it('finds the rules of the supported kinds', () => {
    expect(new Set(rules.map((r) => r.kind))).toEqual(new Set(EXPERIMENTAL_KINDS));
  });

  it('implements every rule message of the supported kinds', () => {
    const missing = [...new Set(rules.map((r) => `${r.kind}: ${r.message}`))].filter((key) => {
      const [kind, ...rest] = key.split(': ');
      const message = rest.join(': ');
      return (
        !NOT_APPLICABLE[message] &&
        !EXPERIMENTAL_SKIPPED[message] &&
        !implementedMessages(kind!).has(message)
      );
    });
    expect(missing).toEqual([]);
  });
});
