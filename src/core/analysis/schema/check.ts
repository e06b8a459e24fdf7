/**
 * Walks a value against a schema, as the API server would: types, then defaults, then the CEL-style
 * rules on the defaulted value. Findings carry field paths; `validate.ts` turns them into
 * diagnostics with source ranges.
 */
import { formatPath, type FieldPath } from '../../diagnostics.ts';
import type {
  IntegerSchema,
  ListSchema,
  MapSchema,
  NumberSchema,
  ObjectSchema,
  Rule,
  Schema,
  StringSchema,
} from '../../schemas/dsl.ts';
import { isIpAddress } from '../../schemas/gateway-api/ip.ts';
import {
  describeTarget,
  isAvailable,
  whereAvailable,
  type GatewayApiTarget,
} from '../../schemas/gateway-api/target.ts';
import { closest, describePattern, showType, showValue } from './describe.ts';

export interface SchemaFinding {
  code: string;
  severity: 'error' | 'warning';
  path: FieldPath;
  message: string;
  /** The rule's id, for `cel-rule` and other rule findings. */
  rule?: string;
  /** Point at the key rather than the value (unknown fields). */
  atKey?: boolean;
}

/** Where a walk writes its findings, and the Gateway API release whose CRDs it checks against. */
export interface Walk {
  findings: SchemaFinding[];
  target: GatewayApiTarget;
}

type Out = Walk;

const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A defaulted copy of a user mapping. Its keys come from the user, so it has no prototype: a key
 * `__proto__` is an ordinary field, and `constructor` or `toString` read as absent unless written.
 */
const record = (): Record<string, unknown> => Object.create(null) as Record<string, unknown>;

/** Where an enum value exists, when only some releases or channels have it. */
function ownAvailability(s: StringSchema, value: string) {
  return s.enumChannels && Object.hasOwn(s.enumChannels, value) ? s.enumChannels[value] : undefined;
}

/** The schema of a field, if the schema declares it (not a member of Object.prototype). */
function ownField(properties: Readonly<Record<string, Schema>>, key: string): Schema | undefined {
  return Object.hasOwn(properties, key) ? properties[key] : undefined;
}

const patterns = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source)));
  return re;
}

function error(out: Out, code: string, path: FieldPath, message: string): void {
  out.findings.push({ code, severity: 'error', path, message: `${formatPath(path)} ${message}` });
}

/**
 * Checks `value` at `path` against `schema`, pushing findings. Returns the value with defaults
 * filled in and whether its subtree had no type errors (rules run only on well-typed data, as CEL
 * rules run only after the schema accepts the object).
 */
export function checkValue(schema: Schema, value: unknown, path: FieldPath, out: Out): Checked {
  const checked = checkShape(schema, value, path, out);
  if (checked.typed && schema.rules) runRules(schema.rules, checked.value, path, out);
  return checked;
}

interface Checked {
  value: unknown;
  typed: boolean;
}

function checkShape(schema: Schema, value: unknown, path: FieldPath, out: Out): Checked {
  switch (schema.type) {
    case 'any':
      return { value, typed: true };
    case 'string':
      return typeOr(typeof value === 'string', 'a string', value, path, out, () =>
        checkString(schema, value as string, path, out),
      );
    case 'integer':
      return typeOr(Number.isInteger(value), 'an integer', value, path, out, () =>
        checkNumber(schema, value as number, path, out),
      );
    case 'number':
      return typeOr(typeof value === 'number', 'a number', value, path, out, () =>
        checkNumber(schema, value as number, path, out),
      );
    case 'boolean':
      return typeOr(typeof value === 'boolean', 'true or false', value, path, out, () => undefined);
    case 'int-or-string':
      return typeOr(
        typeof value === 'string' || Number.isInteger(value),
        'an integer or a string',
        value,
        path,
        out,
        () => undefined,
      );
    case 'object':
      if (!isMapping(value)) return typeError('a mapping', value, path, out);
      return checkObject(schema, value, path, out);
    case 'map':
      if (!isMapping(value)) return typeError('a mapping', value, path, out);
      return checkMap(schema, value, path, out);
    case 'array':
      if (!Array.isArray(value)) return typeError('a list', value, path, out);
      return checkList(schema, value, path, out);
  }
}

function typeOr(
  ok: boolean,
  expected: string,
  value: unknown,
  path: FieldPath,
  out: Out,
  more: () => void,
): Checked {
  if (!ok) return typeError(expected, value, path, out);
  more();
  return { value, typed: true };
}

function typeError(expected: string, value: unknown, path: FieldPath, out: Out): Checked {
  error(out, 'schema-type', path, `must be ${expected} (got ${showType(value)})`);
  return { value, typed: false };
}

function checkString(s: StringSchema, value: string, path: FieldPath, out: Out): void {
  if (s.enum) {
    const offered = s.enum.filter((v) => isAvailable(ownAvailability(s, v), out.target));
    if (!offered.includes(value)) {
      const elsewhere = s.enum.includes(value)
        ? `; ${whereAvailable(ownAvailability(s, value)!)}, and this design targets ${describeTarget(out.target)}`
        : '';
      error(
        out,
        'schema-enum',
        path,
        `must be one of ${offered.join(', ')} (got ${showValue(value)}${elsewhere})`,
      );
      return;
    }
  }
  const length = [...value].length;
  if (s.minLength !== undefined && length < s.minLength) {
    error(
      out,
      'schema-length',
      path,
      s.minLength === 1
        ? 'must not be empty'
        : `must be at least ${s.minLength} characters (got ${length})`,
    );
    return;
  }
  if (s.maxLength !== undefined && length > s.maxLength) {
    error(out, 'schema-length', path, `must be at most ${s.maxLength} characters (got ${length})`);
    return;
  }
  if (s.pattern !== undefined && !regex(s.pattern).test(value)) {
    error(
      out,
      'schema-pattern',
      path,
      `must be ${describePattern(s.pattern)} (got ${showValue(value)})`,
    );
    return;
  }
  if (s.format === 'ipv4-or-ipv6' && !isIpAddress(value)) {
    error(out, 'schema-pattern', path, `must be an IPv4 or IPv6 address (got ${showValue(value)})`);
  }
}

function checkNumber(
  s: IntegerSchema | NumberSchema,
  value: number,
  path: FieldPath,
  out: Out,
): void {
  if (s.type === 'integer' && s.enum && !s.enum.includes(value)) {
    error(out, 'schema-enum', path, `must be one of ${s.enum.join(', ')} (got ${value})`);
    return;
  }
  const { minimum: min, maximum: max } = s;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const bounds =
      min !== undefined && max !== undefined
        ? `between ${min} and ${max}`
        : min !== undefined
          ? `at least ${min}`
          : `at most ${max}`;
    error(out, 'schema-range', path, `must be ${bounds} (got ${value})`);
  }
}

function checkObject(
  s: ObjectSchema,
  value: Record<string, unknown>,
  path: FieldPath,
  out: Out,
): Checked {
  let typed = true;
  const result = record();
  const known = Object.keys(s.properties);
  for (const [key, child] of Object.entries(value)) {
    const childSchema = ownField(s.properties, key);
    if (!childSchema) {
      if (!s.open) unknownField(s, key, known, [...path, key], out);
      result[key] = child;
      continue;
    }
    // A null field is dropped by the API server, as if it were not written.
    if (child === null) continue;
    if (!isAvailable(childSchema.channels, out.target)) {
      notInTarget(childSchema, [...path, key], out);
      continue;
    }
    const checked = checkValue(childSchema, child, [...path, key], out);
    typed &&= checked.typed;
    result[key] = checked.value;
  }
  for (const key of s.required ?? []) {
    if (result[key] === undefined) error(out, 'schema-required', [...path, key], 'is required');
  }
  for (const [key, childSchema] of Object.entries(s.properties)) {
    if (result[key] === undefined && childSchema.default !== undefined) {
      result[key] = structuredClone(childSchema.default);
    }
  }
  return { value: result, typed };
}

function unknownField(
  s: ObjectSchema,
  key: string,
  known: string[],
  path: FieldPath,
  out: Out,
): void {
  const guess = closest(key, known);
  const where = s.title ? ` of ${s.title}` : '';
  out.findings.push({
    code: 'schema-unknown-field',
    severity: 'warning',
    path,
    atKey: true,
    message: `${formatPath(path)} is not a known field${where}${guess ? ` (did you mean "${guess}"?)` : ''}; it is dropped by the API server`,
  });
}

/** A field the target's CRDs do not have: the API server drops it, as it drops unknown fields. */
function notInTarget(s: Schema, path: FieldPath, out: Out): void {
  out.findings.push({
    code: 'schema-channel-field',
    severity: 'warning',
    path,
    atKey: true,
    message: `${formatPath(path)} is not in ${describeTarget(out.target)} (${whereAvailable(s.channels!)}); the API server drops it`,
  });
}

function checkMap(
  s: MapSchema,
  value: Record<string, unknown>,
  path: FieldPath,
  out: Out,
): Checked {
  const size = Object.keys(value).length;
  if (s.maxProperties !== undefined && size > s.maxProperties) {
    error(
      out,
      'schema-max-items',
      path,
      `may have at most ${s.maxProperties} entries (got ${size})`,
    );
  }
  let typed = true;
  const result = record();
  for (const [key, child] of Object.entries(value)) {
    const checked = checkValue(s.values, child, [...path, key], out);
    typed &&= checked.typed;
    result[key] = checked.value;
  }
  return { value: result, typed };
}

function checkList(s: ListSchema, value: unknown[], path: FieldPath, out: Out): Checked {
  if (s.maxItems !== undefined && value.length > s.maxItems) {
    error(
      out,
      'schema-max-items',
      path,
      `may have at most ${s.maxItems} item${s.maxItems === 1 ? '' : 's'} (got ${value.length})`,
    );
  }
  if (s.minItems !== undefined && value.length < s.minItems) {
    error(
      out,
      'schema-min-items',
      path,
      s.minItems === 1
        ? 'must not be empty'
        : `must have at least ${s.minItems} items (got ${value.length})`,
    );
  }
  let typed = true;
  const result = value.map((item, i) => {
    const checked = checkValue(s.items, item, [...path, i], out);
    typed &&= checked.typed;
    return checked.value;
  });
  if (typed) checkUnique(s, result, path, out);
  return { value: result, typed };
}

/** `set` lists have unique items; `map` lists unique key tuples (defaults applied). */
function checkUnique(s: ListSchema, items: unknown[], path: FieldPath, out: Out): void {
  const keyed = s.listType === 'map' && s.mapKeys;
  if (!keyed && s.listType !== 'set') return;
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = keyed
      ? JSON.stringify(s.mapKeys!.map((k) => (item as Record<string, unknown>)[k]))
      : JSON.stringify(item);
    if (!seen.has(key)) return void seen.add(key);
    const fields = keyed ? s.mapKeys!.join(' and ') : 'value';
    const at = keyed && s.mapKeys!.length === 1 ? [...path, i, s.mapKeys![0]!] : [...path, i];
    error(
      out,
      'schema-duplicate-key',
      at,
      keyed
        ? `repeats the ${fields} of an earlier item of ${formatPath(path)} (${fields} must be unique)`
        : `repeats an earlier item of ${formatPath(path)} (items must be unique)`,
    );
  });
}

function runRules(rules: readonly Rule[], self: unknown, path: FieldPath, out: Out): void {
  for (const rule of rules) {
    if (!isAvailable(rule.channels, out.target)) continue;
    let verdict: boolean | FieldPath[];
    try {
      verdict = rule.check(self, out.target);
    } catch {
      // The data is well-typed but shaped in a way the rule does not read (e.g. a required field
      // is missing, which is reported already): the rule does not apply.
      continue;
    }
    const at = verdict === true ? [] : verdict === false ? [[]] : verdict;
    for (const sub of at) {
      const full = [...path, ...sub];
      const text =
        typeof rule.message === 'function' ? rule.message(valueAt(self, sub)) : rule.message;
      out.findings.push({
        code: rule.code ?? 'cel-rule',
        severity: rule.severity ?? 'error',
        path: full,
        rule: rule.id,
        // CEL messages are the CRD's sentences; other rules read as a continuation of the path.
        message: `${formatPath(full) || '(resource)'}${rule.code ? ' ' : ': '}${text}`,
      });
    }
  }
}

function valueAt(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const part of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part))
      return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}
