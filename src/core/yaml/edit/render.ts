import { Scalar, stringify } from 'yaml';
import type { YamlValue } from './value.ts';
import type { YamlStyle } from './style.ts';

/** How the place an inline value goes to is written: block YAML, flow YAML, or JSON. */
export type InlineMode = 'block' | 'flow' | 'json';

/** True for values written on one line anywhere: scalars and empty collections. */
export function isInline(value: YamlValue): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (value !== null && typeof value === 'object') return Object.keys(value).length === 0;
  return true;
}

function options(style: YamlStyle) {
  return { indent: style.indent, indentSeq: style.indentSeq, lineWidth: 0 };
}

/** Block YAML for a value at column 0, without the final newline. */
export function renderBlock(value: YamlValue, style: YamlStyle): string {
  return stringify(value, options(style)).replace(/\n$/, '');
}

/** `key: value` lines at column 0 (value nested in block style when it is a collection). */
export function renderPair(key: string, value: YamlValue, style: YamlStyle): string {
  return renderBlock({ [key]: value }, style);
}

/** `- value` lines at column 0. */
export function renderItem(value: YamlValue, style: YamlStyle): string {
  return renderBlock([value], style);
}

/** A scalar (or an empty collection) on one line in block context. */
function blockScalar(value: YamlValue): string {
  if (Array.isArray(value)) return '[]';
  if (value !== null && typeof value === 'object') return '{}';
  if (typeof value === 'string' && value.includes('\n')) return JSON.stringify(value);
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

/** A scalar inside flow brackets, quoted when plain text would break the flow syntax. */
function flowScalar(value: YamlValue): string {
  if (typeof value === 'string' && value.includes('\n')) return JSON.stringify(value);
  return stringify([value], { collectionStyle: 'flow', lineWidth: 0 })
    .trim()
    .replace(/^\[ ?/, '')
    .replace(/ ?\]$/, '');
}

/** One-line rendering of any value for the given context (flow collections stay on one line). */
export function renderInline(value: YamlValue, mode: InlineMode): string {
  if (mode === 'json') return JSON.stringify(value);
  if (mode === 'block' && isInline(value)) return blockScalar(value);
  if (Array.isArray(value)) return `[${value.map((v) => renderInline(v, 'flow')).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const pairs = Object.entries(value).map(
      ([k, v]) => `${flowScalar(k)}: ${renderInline(v, 'flow')}`,
    );
    return `{${pairs.join(', ')}}`;
  }
  return flowScalar(value);
}

/** A flow map key for the given context. */
export function renderKey(key: string, mode: InlineMode): string {
  if (mode === 'json') return JSON.stringify(key);
  return mode === 'flow' ? flowScalar(key) : blockScalar(key);
}

/**
 * A new scalar written where `original` was, in the same quoting style when that can hold the
 * value: a single-quoted name stays single-quoted, a plain one stays plain unless it must be quoted.
 */
export function renderScalarLike(value: YamlValue, original: Scalar, mode: InlineMode): string {
  if (typeof value !== 'string' || value.includes('\n')) return renderInline(value, mode);
  if (original.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (original.type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  return renderInline(value, mode);
}
