import type { FieldPath } from '../../diagnostics.ts';
import type { Resource } from '../../model/resource.ts';
import type { Schema } from '../../schemas/dsl.ts';
import { schemaFor, servedVersions } from '../../schemas/registry.ts';
import { editDistance } from './edit-distance.ts';
import { valueAt } from './field-path.ts';
import type { QuickFix } from './types.ts';

/** When nothing is close, lists this short are offered whole. */
const OFFER_ALL_UP_TO = 6;

/** The schema node of the field at `path`, following properties, list items and map values. */
function schemaAt(resource: Resource, path: FieldPath): Schema | undefined {
  const version = schemaFor(resource.group, resource.kind, resource.version)
    ? resource.version
    : servedVersions(resource.group, resource.kind)[0];
  let schema: Schema | undefined =
    version === undefined ? undefined : schemaFor(resource.group, resource.kind, version)?.schema;
  for (const part of path) {
    if (!schema) return undefined;
    if (schema.type === 'object' && typeof part === 'string') schema = schema.properties[part];
    else if (schema.type === 'array' && typeof part === 'number') schema = schema.items;
    else if (schema.type === 'map' && typeof part === 'string') schema = schema.values;
    else return undefined;
  }
  return schema;
}

/**
 * The allowed values of an enum-like field: a closed `enum`, or the values a rule admits when
 * the schema lists them as examples (listener protocols: the core ones).
 */
function allowedValues(schema: Schema | undefined): readonly (string | number)[] {
  if (schema?.type === 'string') return schema.enum ?? schema.examples ?? [];
  if (schema?.type === 'integer') return schema.enum ?? [];
  return [];
}

/** Allowed values close to the typed one, closest first; all of a short list if none is. */
function closeValues(typed: string, allowed: readonly (string | number)[]) {
  const ranked = allowed
    .map((value, order) => ({ value, order, distance: editDistance(typed, String(value)) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order);
  const close = ranked.filter(
    (c) => c.distance <= Math.max(2, Math.floor(String(c.value).length / 2)),
  );
  if (close.length > 0) return close;
  return ranked.length <= OFFER_ALL_UP_TO ? ranked : [];
}

/**
 * For `schema-enum`: replace the value with each allowed value close to the typed one. The
 * closest is preferred when no other is as close.
 */
export function enumValueFixes(resource: Resource, path: FieldPath): QuickFix[] {
  const allowed = allowedValues(schemaAt(resource, path));
  const current = valueAt(resource.value, path);
  const field = path.findLast((part) => typeof part === 'string') ?? 'value';
  if (allowed.length === 0 || current === undefined || typeof current === 'object') return [];
  const candidates = closeValues(String(current), allowed);
  return candidates.map((c, i) => ({
    title: `Change ${field} to ${c.value}`,
    commands: [{ type: 'setField', key: resource.key, path, value: c.value }],
    preferred: i === 0 && candidates[1]?.distance !== c.distance,
  }));
}
