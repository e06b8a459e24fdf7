/**
 * JSON Schemas (draft-07) for monaco-yaml, built from the same schema source the validator uses:
 * `description` gives hover text, `enum`/`examples`/`default` give completion. Objects shared by
 * several kinds become `definitions` referenced with `$ref`.
 */
import type { ObjectSchema, Schema } from './dsl.ts';
import { kindSchemas, type KindSchema } from './registry.ts';

export type JsonSchema = Record<string, unknown>;

export interface JsonSchemaEntry {
  uri: string;
  /** Glob patterns of model URIs the schema applies to (monaco-yaml's `fileMatch`). */
  fileMatch: string[];
  schema: JsonSchema;
}

const BASE_URI = 'https://route-studio.local/schemas';

/** Converts schema nodes, turning objects met more than once into shared definitions. */
class Converter {
  readonly definitions: Record<string, JsonSchema> = {};
  private readonly names = new Map<ObjectSchema, string>();
  private readonly uses = new Map<ObjectSchema, number>();

  count(node: Schema): void {
    if (node.type === 'object') {
      const seen = this.uses.get(node) ?? 0;
      this.uses.set(node, seen + 1);
      if (seen > 0) return;
      Object.values(node.properties).forEach((p) => this.count(p));
    } else if (node.type === 'array') this.count(node.items);
    else if (node.type === 'map') this.count(node.values);
  }

  convert(node: Schema): JsonSchema {
    if (node.type === 'object' && (this.uses.get(node) ?? 0) > 1) return { $ref: this.refTo(node) };
    return this.inline(node);
  }

  private refTo(node: ObjectSchema): string {
    let name = this.names.get(node);
    if (!name) {
      const base = node.title ?? 'Object';
      name = base;
      for (let i = 2; name in this.definitions; i++) name = `${base}${i}`;
      this.names.set(node, name);
      this.definitions[name] = {}; // reserve the name before converting (recursion-safe)
      this.definitions[name] = this.inline(node);
    }
    return `#/definitions/${name}`;
  }

  private inline(node: Schema): JsonSchema {
    const out: JsonSchema = {};
    const description =
      node.channels && node.channels.standard === undefined
        ? `${node.description ?? ''} (experimental channel)`.trim()
        : node.description;
    if (description) out.description = description;
    if (node.default !== undefined) out.default = node.default;
    switch (node.type) {
      case 'string':
        Object.assign(
          out,
          { type: 'string' },
          pick(node, ['enum', 'pattern', 'minLength', 'maxLength', 'examples']),
        );
        break;
      case 'integer':
        Object.assign(out, { type: 'integer' }, pick(node, ['minimum', 'maximum', 'enum']));
        break;
      case 'number':
        Object.assign(out, { type: 'number' }, pick(node, ['minimum', 'maximum']));
        break;
      case 'boolean':
        out.type = 'boolean';
        break;
      case 'int-or-string':
        out.type = ['integer', 'string'];
        break;
      case 'any':
        break;
      case 'object': {
        out.type = 'object';
        if (node.title) out.title = node.title;
        out.properties = Object.fromEntries(
          Object.entries(node.properties).map(([k, v]) => [k, this.convert(v)]),
        );
        if (node.required?.length) out.required = [...node.required];
        break;
      }
      case 'array':
        Object.assign(
          out,
          { type: 'array', items: this.convert(node.items) },
          pick(node, ['minItems', 'maxItems']),
        );
        if (node.listType === 'set') out.uniqueItems = true;
        break;
      case 'map':
        Object.assign(
          out,
          { type: 'object', additionalProperties: this.convert(node.values) },
          pick(node, ['maxProperties']),
        );
        break;
    }
    return out;
  }
}

function pick<T extends object>(node: T, keys: (keyof T)[]): Partial<T> {
  return Object.fromEntries(
    keys.filter((k) => node[k] !== undefined).map((k) => [k, node[k]]),
  ) as Partial<T>;
}

function uriOf(entry: KindSchema): string {
  return `${BASE_URI}/${entry.group || 'core'}/${entry.version}/${entry.kind.toLowerCase()}.json`;
}

/** One self-contained schema per kind and apiVersion. */
export function kindJsonSchemas(): JsonSchemaEntry[] {
  return kindSchemas().map((entry) => {
    const converter = new Converter();
    converter.count(entry.schema);
    const body = converter.convert(entry.schema);
    return {
      uri: uriOf(entry),
      fileMatch: [],
      schema: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: uriOf(entry),
        ...body,
        definitions: converter.definitions,
      },
    };
  });
}

/**
 * The schema for the YAML pane: one combined schema for every file (`fileMatch: ['*']`) that picks
 * the kind's schema with `if`/`then` on `apiVersion` and `kind`, and offers both for completion.
 */
export function jsonSchemas(): JsonSchemaEntry[] {
  const entries = kindSchemas();
  const converter = new Converter();
  entries.forEach((e) => converter.count(e.schema));
  const branches = entries.map((e) => ({
    if: {
      properties: { apiVersion: { const: e.apiVersion }, kind: { const: e.kind } },
      required: ['apiVersion', 'kind'],
    },
    then: converter.convert(e.schema),
  }));
  const uri = `${BASE_URI}/route-studio.json`;
  const schema: JsonSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: uri,
    title: 'Route Studio resources',
    type: 'object',
    properties: {
      apiVersion: {
        description: 'API group and version of the object.',
        examples: [...new Set(entries.map((e) => e.apiVersion))],
        type: 'string',
      },
      kind: {
        description: 'Kind of the object.',
        examples: [...new Set(entries.map((e) => e.kind))],
        type: 'string',
      },
    },
    allOf: branches,
    definitions: converter.definitions,
  };
  return [{ uri, fileMatch: ['*'], schema }];
}
