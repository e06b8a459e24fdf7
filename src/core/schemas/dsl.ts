/**
 * A small schema language for the resources Route Studio edits. One source describes each kind:
 * the validator walks it (`analysis/schema`), and `json-schema.ts` turns it into the JSON Schemas
 * that give the YAML pane completion and hover. Builders return plain, immutable data.
 */
import type { FieldPath } from '../diagnostics.ts';
import {
  EXPERIMENTAL_ONLY,
  type Availability,
  type GatewayApiTarget,
} from './gateway-api/target.ts';

/**
 * Data as a rule predicate sees it: already type-checked and defaulted by the walker, so the
 * predicate reads it the way the CRD's CEL expression does.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- CEL-style predicates read checked, CRD-shaped data
export type Data = any;

/**
 * A check that does not fit a type, range or pattern: the CRD's CEL rules (`x-kubernetes-validations`)
 * and a few spec rules the CRD leaves to controllers.
 */
export interface Rule {
  /** Short stable id, e.g. `listener-name-unique`. */
  id: string;
  /** The message reported; for a CEL rule, the CRD's own `message`. */
  message: string | ((self: Data) => string);
  /** Diagnostic code; `cel-rule` unless given. */
  code?: string;
  severity?: 'error' | 'warning';
  /** The Gateway API releases and channels whose CRDs have this rule (all when absent). */
  channels?: Availability;
  /**
   * Whether the rule holds for `self` (the value at the node the rule sits on). `false` reports at
   * the node; a list of sub-paths reports once at each (an empty list means it holds).
   */
  check: (self: Data, target: GatewayApiTarget) => boolean | FieldPath[];
}

interface Base {
  /** One short sentence shown on hover. */
  description?: string;
  /**
   * The Gateway API releases and channels whose CRDs have this field (all when absent): elsewhere
   * the API server drops it, and the validator says so.
   */
  channels?: Availability;
  /** Value the API server fills in when the field is absent. */
  default?: unknown;
  rules?: readonly Rule[];
}

export interface StringSchema extends Base {
  type: 'string';
  enum?: readonly string[];
  /** Enum values that only some Gateway API releases or channels have. */
  enumChannels?: Readonly<Record<string, Availability>>;
  /** Values offered for completion when the field is not a closed enum. */
  examples?: readonly string[];
  /** ECMAScript source of the pattern (the CRD's, translated where needed). */
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  /** Formats the validator checks: `duration` is the Gateway API's, `istio-duration` protobuf's. */
  format?: 'duration' | 'istio-duration' | 'ipv4-or-ipv6';
}

export interface IntegerSchema extends Base {
  type: 'integer';
  minimum?: number;
  maximum?: number;
  enum?: readonly number[];
}

export interface NumberSchema extends Base {
  type: 'number';
  minimum?: number;
  maximum?: number;
}

export interface BooleanSchema extends Base {
  type: 'boolean';
}

/** Kubernetes `int-or-string` (a Service's targetPort, for example). */
export interface IntOrStringSchema extends Base {
  type: 'int-or-string';
}

export interface ObjectSchema extends Base {
  type: 'object';
  /** Name used in messages (`Listener`, `HTTPRouteFilter`). */
  title?: string;
  properties: Readonly<Record<string, Schema>>;
  required?: readonly string[];
  /** Other keys are allowed without a warning (`x-kubernetes-preserve-unknown-fields`). */
  open?: boolean;
}

export interface ListSchema extends Base {
  type: 'array';
  items: Schema;
  minItems?: number;
  maxItems?: number;
  /** `map` lists have unique `mapKeys`; `set` lists have unique items. */
  listType?: 'atomic' | 'set' | 'map';
  mapKeys?: readonly string[];
}

/** A mapping with free keys (labels, Istio header matches). */
export interface MapSchema extends Base {
  type: 'map';
  values: Schema;
  maxProperties?: number;
}

/** Any value: status, free-form data. */
export interface AnySchema extends Base {
  type: 'any';
}

export type Schema =
  | StringSchema
  | IntegerSchema
  | NumberSchema
  | BooleanSchema
  | IntOrStringSchema
  | ObjectSchema
  | ListSchema
  | MapSchema
  | AnySchema;

type Options<S extends Schema> = Omit<S, 'type'>;

/** Builders. Each takes its options; `doc` gives a shared node a field-specific description. */
export const str = (o: Options<StringSchema> = {}): StringSchema => ({ type: 'string', ...o });
export const int = (o: Options<IntegerSchema> = {}): IntegerSchema => ({ type: 'integer', ...o });
export const num = (o: Options<NumberSchema> = {}): NumberSchema => ({ type: 'number', ...o });
export const bool = (o: Options<BooleanSchema> = {}): BooleanSchema => ({ type: 'boolean', ...o });
export const intOrStr = (o: Options<IntOrStringSchema> = {}): IntOrStringSchema => ({
  type: 'int-or-string',
  ...o,
});
export const any = (o: Options<AnySchema> = {}): AnySchema => ({ type: 'any', ...o });
export const obj = (
  properties: Record<string, Schema>,
  o: Omit<Options<ObjectSchema>, 'properties'> = {},
): ObjectSchema => ({ type: 'object', properties, ...o });
export const list = (items: Schema, o: Omit<Options<ListSchema>, 'items'> = {}): ListSchema => ({
  type: 'array',
  items,
  ...o,
});
export const map = (values: Schema, o: Omit<Options<MapSchema>, 'values'> = {}): MapSchema => ({
  type: 'map',
  values,
  ...o,
});

/** The same node with a field-specific description (and other base options). */
export function doc<S extends Schema>(description: string, node: S, extra: Partial<Base> = {}): S {
  return { ...node, description, ...extra };
}

/** Marks a node as experimental-channel only. */
export function exp<S extends Schema>(node: S): S {
  return { ...node, channels: EXPERIMENTAL_ONLY };
}

/** Marks a node as present only in some releases and channels. */
export function inChannels<S extends Schema>(channels: Availability, node: S): S {
  return { ...node, channels };
}

/** The same rule, present only in some releases and channels. */
export function ruleIn(channels: Availability, rule: Rule): Rule {
  return { ...rule, channels };
}

/** The same object with more properties, rules or required fields (CRD types often extend). */
export function extend(
  base: ObjectSchema,
  properties: Record<string, Schema>,
  o: Partial<Omit<ObjectSchema, 'properties' | 'type'>> = {},
): ObjectSchema {
  return {
    ...base,
    ...o,
    properties: { ...base.properties, ...properties },
    required: [...(base.required ?? []), ...(o.required ?? [])],
    rules: [...(base.rules ?? []), ...(o.rules ?? [])],
  };
}

/** The same object without some properties (a version that lacks them). */
export function omit(base: ObjectSchema, names: readonly string[]): ObjectSchema {
  const properties = Object.fromEntries(
    Object.entries(base.properties).filter(([key]) => !names.includes(key)),
  );
  return {
    ...base,
    properties,
    required: (base.required ?? []).filter((r) => !names.includes(r)),
  };
}

/** A CEL rule: the CRD's message, reported when `check` is false. */
export function cel(id: string, message: string, check: Rule['check']): Rule {
  return { id, message, check };
}

/** At most one of `keys` may be set (a protobuf `oneof`, the CRD's `oneOf` of `required`). */
export function oneOf(keys: readonly string[]): Rule {
  return {
    id: `one-of-${keys.join('-')}`,
    code: 'schema-one-of',
    message: `only one of ${keys.join(', ')} may be set`,
    check: (self: Record<string, unknown>) => keys.filter((k) => self[k] !== undefined).length <= 1,
  };
}

/** A list or map size limit as a rule: for limits that changed between releases. */
export function sizeLimit(
  channels: Availability,
  bound: 'min' | 'max',
  limit: number,
  noun: 'item' | 'entry' = 'item',
): Rule {
  const plural = noun === 'item' ? 'items' : 'entries';
  return ruleIn(channels, {
    id: `${bound}-${limit}-${plural}`,
    code: bound === 'min' ? 'schema-min-items' : 'schema-max-items',
    message: (self: Data) => {
      const size = Array.isArray(self) ? self.length : Object.keys(self).length;
      if (bound === 'min' && limit === 1) return 'must not be empty';
      return `${bound === 'min' ? 'must have at least' : 'may have at most'} ${limit} ${limit === 1 ? noun : plural} in this release (got ${size})`;
    },
    check: (self: Data) => {
      const size = Array.isArray(self) ? self.length : Object.keys(self).length;
      return bound === 'min' ? size >= limit : size <= limit;
    },
  });
}
