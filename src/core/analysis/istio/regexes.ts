import type { FieldPath } from '../../diagnostics.ts';
import type { Resource } from '../../model/resource.ts';
import { re2Problem } from '../support/re2.ts';
import { asObject, asString, field, objectsOf } from '../support/values.ts';
import type { Finding } from '../types.ts';

const STRING_MATCH_FIELDS = ['uri', 'scheme', 'method', 'authority'] as const;
const MAP_MATCH_FIELDS = ['headers', 'queryParams', 'withoutHeaders'] as const;

function regexAt(value: unknown, path: FieldPath): { re: string; path: FieldPath } | undefined {
  const re = asString(asObject(value)?.['regex']);
  return re === undefined ? undefined : { re, path: [...path, 'regex'] };
}

const cache = new WeakMap<Resource, Finding[]>();

/** IST0122: regular expressions in VirtualService http matches that RE2 (Envoy) rejects. */
export function checkVirtualServiceRegexes(vs: Resource): Finding[] {
  const cached = cache.get(vs);
  if (cached) return cached;
  const found: { re: string; path: FieldPath }[] = [];
  for (const { item: rule, index: r } of objectsOf(field(vs.value, 'spec', 'http'))) {
    for (const { item: match, index: m } of objectsOf(rule['match'])) {
      const base = ['spec', 'http', r, 'match', m];
      for (const key of STRING_MATCH_FIELDS) {
        const at = regexAt(match[key], [...base, key]);
        if (at) found.push(at);
      }
      for (const key of MAP_MATCH_FIELDS) {
        for (const [name, value] of Object.entries(asObject(match[key]) ?? {})) {
          const at = regexAt(value, [...base, key, name]);
          if (at) found.push(at);
        }
      }
    }
  }
  const findings = found.flatMap(({ re, path }): Finding[] => {
    const problem = re2Problem(re);
    if (problem === undefined) return [];
    return [
      {
        code: 'invalid-regex',
        severity: 'error',
        message: `Regular expression ${JSON.stringify(re)} is not valid RE2, which Envoy uses: ${problem}.`,
        resource: vs,
        path,
        istioCode: 'IST0122',
      },
    ];
  });
  cache.set(vs, findings);
  return findings;
}
