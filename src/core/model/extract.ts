import { isMap, isScalar, isSeq, visit, type Document, type Node, type YAMLMap } from 'yaml';
import type { FieldPath } from '../diagnostics.ts';
import { MAX_ALIAS_COUNT } from '../yaml/limits.ts';
import type { SegmentDiagnostic } from '../yaml/parse-segment.ts';
import { isNamespaced, kindInfo, splitApiVersion } from './kinds.ts';
import { resourceKey, type Resource } from './resource.ts';

export interface ExtractContext {
  file: string;
  segmentId: number;
  defaultNamespace: string;
}

export interface Extracted {
  resources: Resource[];
  diagnostics: SegmentDiagnostic[];
}

function nodeSpan(node: Node | null | undefined, fallback: YAMLMap): [number, number] {
  const range = node?.range ?? fallback.range;
  return range ? [range[0], range[1]] : [0, 0];
}

/** The first line of a mapping: where a diagnostic about a field it lacks points. */
function firstLine(node: YAMLMap): [number, number] {
  const start = node.range?.[0] ?? 0;
  const first = node.items[0];
  const last = isScalar(first?.value) ? first.value : isScalar(first?.key) ? first.key : undefined;
  return [start, Math.max(last?.range?.[1] ?? 0, start + 1)];
}

/** The first alias whose anchor is not defined before it, where `toJS` fails. */
function unresolvedAlias(doc: Document.Parsed): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) !== undefined) return undefined;
      found = alias;
      return visit.BREAK;
    },
  });
  return found;
}

/** Turns a document into resources, unwrapping `kind: List`. Never throws. */
export function extractResources(
  doc: Document.Parsed,
  docIndex: number,
  ctx: ExtractContext,
): Extracted {
  const out: Extracted = { resources: [], diagnostics: [] };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return out;
  if (!isMap(root)) {
    const [start, end] = nodeSpan(root, root as unknown as YAMLMap);
    out.diagnostics.push({
      code: 'document-not-mapping',
      severity: 'error',
      message: 'This document is not a mapping, so it is not a Kubernetes object.',
      start,
      end,
    });
    return out;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [start, end] = nodeSpan(unresolvedAlias(doc) ?? root, root);
    const aliasBomb = /alias count/i.test(message);
    out.diagnostics.push({
      code: aliasBomb ? 'yaml-alias-limit' : 'yaml-anchor',
      severity: 'error',
      message: aliasBomb
        ? `This document expands more than ${MAX_ALIAS_COUNT} aliases; it was not read, to keep the tool responsive.`
        : message,
      start,
      end: aliasBomb ? start + 1 : end,
    });
    return out;
  }
  const object = value as Record<string, unknown>;
  const items = root.get('items', true);
  if (typeof object.kind === 'string' && object.kind.endsWith('List') && isSeq(items)) {
    const listItems = Array.isArray(object.items) ? object.items : [];
    items.items.forEach((item, i) => {
      if (!isMap(item)) {
        const [start, end] = nodeSpan(item as Node, root);
        out.diagnostics.push({
          code: 'invalid-list-item',
          severity: 'error',
          message: `items[${i}] of this ${object.kind} is not an object.`,
          start,
          end,
          path: `items[${i}]`,
        });
        return;
      }
      extractOne(item, listItems[i], ['items', i], doc, docIndex, ctx, out);
    });
    return out;
  }
  extractOne(root, object, [], doc, docIndex, ctx, out);
  return out;
}

function extractOne(
  node: YAMLMap,
  value: unknown,
  basePath: FieldPath,
  doc: Document.Parsed,
  docIndex: number,
  ctx: ExtractContext,
  out: Extracted,
): void {
  const object = (value ?? {}) as Record<string, unknown>;
  const prefix = basePath.length ? `items[${basePath[1]}].` : '';
  const metadataPair = node.items.find((p) => isScalar(p.key) && p.key.value === 'metadata');
  const metadataNode = metadataPair?.value as Node | undefined;
  const metadata = (object.metadata ?? {}) as Record<string, unknown>;
  const fields = [
    ['apiVersion', object.apiVersion, node.get('apiVersion', true), 'missing-api-version'],
    ['kind', object.kind, node.get('kind', true), 'missing-kind'],
    [
      'metadata.name',
      metadata.name,
      isMap(metadataNode) ? metadataNode.get('name', true) : undefined,
      'missing-name',
    ],
  ] as const;
  let complete = true;
  for (const [field, fieldValue, fieldNode, code] of fields) {
    if (typeof fieldValue === 'string' && fieldValue !== '') continue;
    complete = false;
    // Point at the value when it is written but wrong, else at where it belongs: the
    // `metadata` key for a name, the object's first line otherwise.
    const at =
      (fieldNode as Node | undefined) ??
      (field === 'metadata.name' ? (metadataPair?.key as Node | undefined) : undefined);
    const [start, end] = at?.range ? nodeSpan(at, node) : firstLine(node);
    out.diagnostics.push({
      code,
      severity: 'error',
      message:
        fieldValue === undefined || fieldValue === null || fieldValue === ''
          ? `The object has no ${field}.`
          : `${field} must be a string.`,
      start,
      end,
      path: prefix + field,
    });
  }
  const { apiVersion, kind } = object;
  if (
    !complete ||
    typeof apiVersion !== 'string' ||
    typeof kind !== 'string' ||
    typeof metadata.name !== 'string'
  ) {
    return;
  }
  const { group, version } = splitApiVersion(apiVersion);
  const known = kindInfo(group, kind);
  const namespaced = isNamespaced(group, kind);
  const written = typeof metadata.namespace === 'string' && metadata.namespace !== '';
  const namespace = namespaced
    ? written
      ? (metadata.namespace as string)
      : ctx.defaultNamespace
    : undefined;
  const identity = { group, kind, namespace, name: metadata.name };
  out.resources.push({
    ...identity,
    key: resourceKey(identity),
    apiVersion,
    version,
    family: known?.family ?? 'other',
    known,
    namespaceExplicit: namespaced && written,
    file: ctx.file,
    segmentId: ctx.segmentId,
    docIndex,
    basePath,
    node,
    doc,
    value: object,
  });
  if (known && !known.versions.includes(version)) {
    const [start, end] = nodeSpan(node.get('apiVersion', true) as Node | undefined, node);
    out.diagnostics.push({
      code: 'invalid-api-version',
      severity: 'warning',
      message: `${kind} is not served at ${apiVersion}; known versions are ${known.versions.join(', ')}.`,
      start,
      end,
      path: prefix + 'apiVersion',
      resource: { kind, namespace, name: metadata.name },
    });
  }
}
