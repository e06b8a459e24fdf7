/** Gateway API HTTPRoute and GRPCRoute filters, parsed into typed values. */
import type { FieldPath } from '../diagnostics.ts';
import { at, list, num, text } from '../graph/read.ts';
import { gatewayTargetRef, type MirrorModel } from './backend-ref.ts';
import { gatewayMirrorFraction } from './mirror.ts';

/** Header changes in the order the spec applies them: set (overwrite), add (append), remove. */
export interface HeaderChanges {
  set: [name: string, value: string][];
  add: [name: string, value: string][];
  remove: string[];
}

export type PathModifier =
  { type: 'ReplaceFullPath'; value: string } | { type: 'ReplacePrefixMatch'; value: string };

interface FilterBase {
  /** Where the filter is written. */
  path: FieldPath;
}

export type HttpFilter = FilterBase &
  (
    | { type: 'RequestHeaderModifier'; changes: HeaderChanges }
    | { type: 'ResponseHeaderModifier'; changes: HeaderChanges }
    | {
        type: 'RequestRedirect';
        scheme?: string;
        hostname?: string;
        port?: number;
        pathModifier?: PathModifier;
        /** 302 unless written (the CRD default). */
        statusCode: number;
      }
    | { type: 'URLRewrite'; hostname?: string; pathModifier?: PathModifier }
    | { type: 'RequestMirror'; mirror: MirrorModel }
    /** CORS, ExtensionRef, ExternalAuth and unknown types: reported, not simulated. */
    | { type: 'Other'; written: string; value: unknown }
  );

function pairs(value: unknown): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of list(value)) {
    const name = text(at(entry, 'name'));
    const written = at(entry, 'value');
    if (name !== undefined)
      out.push([name, typeof written === 'string' ? written : String(written ?? '')]);
  }
  return out;
}

function headerChanges(value: unknown): HeaderChanges {
  return {
    set: pairs(at(value, 'set')),
    add: pairs(at(value, 'add')),
    remove: list(at(value, 'remove')).filter((n): n is string => typeof n === 'string'),
  };
}

function pathModifier(value: unknown): PathModifier | undefined {
  const type = text(at(value, 'type'));
  if (type === 'ReplaceFullPath') return { type, value: text(at(value, 'replaceFullPath')) ?? '/' };
  if (type === 'ReplacePrefixMatch') {
    const written = at(value, 'replacePrefixMatch');
    return { type, value: typeof written === 'string' ? written : '/' };
  }
  return undefined;
}

function parseFilter(filter: unknown, path: FieldPath, namespace: string): HttpFilter {
  const type = text(at(filter, 'type')) ?? '';
  switch (type) {
    case 'RequestHeaderModifier':
    case 'ResponseHeaderModifier': {
      const key =
        type === 'RequestHeaderModifier' ? 'requestHeaderModifier' : 'responseHeaderModifier';
      return { type, path, changes: headerChanges(at(filter, key)) };
    }
    case 'RequestRedirect': {
      const redirect = at(filter, 'requestRedirect');
      const parsed: HttpFilter = { type, path, statusCode: num(at(redirect, 'statusCode')) ?? 302 };
      const scheme = text(at(redirect, 'scheme'));
      const hostname = text(at(redirect, 'hostname'));
      const port = num(at(redirect, 'port'));
      const modifier = pathModifier(at(redirect, 'path'));
      if (scheme !== undefined) parsed.scheme = scheme;
      if (hostname !== undefined) parsed.hostname = hostname;
      if (port !== undefined) parsed.port = port;
      if (modifier) parsed.pathModifier = modifier;
      return parsed;
    }
    case 'URLRewrite': {
      const rewrite = at(filter, 'urlRewrite');
      const parsed: HttpFilter = { type, path };
      const hostname = text(at(rewrite, 'hostname'));
      const modifier = pathModifier(at(rewrite, 'path'));
      if (hostname !== undefined) parsed.hostname = hostname;
      if (modifier) parsed.pathModifier = modifier;
      return parsed;
    }
    case 'RequestMirror': {
      const requestMirror = at(filter, 'requestMirror');
      const mirror: MirrorModel = {
        ...gatewayTargetRef(at(requestMirror, 'backendRef'), namespace),
        path: [...path, 'requestMirror', 'backendRef'],
        fraction: gatewayMirrorFraction(requestMirror),
      };
      return { type, path, mirror };
    }
    default:
      return { type: 'Other', path, written: type || '(no type)', value: filter };
  }
}

/** The filters of a rule or backendRef (`base` is where the `filters` list's owner is written). */
export function parseHttpFilters(
  filters: unknown,
  base: FieldPath,
  namespace: string,
): HttpFilter[] {
  return list(filters).map((filter, i) => parseFilter(filter, [...base, 'filters', i], namespace));
}
