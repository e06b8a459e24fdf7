/** The traffic model of a VirtualService: its http, tcp and tls routes in order. */
import type { FieldPath } from '../diagnostics.ts';
import { at, list, num, record, text } from '../graph/read.ts';
import type { Resource } from '../model/resource.ts';
import { istioDestinationRef, type IstioDestinationRef } from './backend-ref.ts';
import {
  parseIstioHttpMatches,
  parseIstioL4Matches,
  type IstioHttpMatch,
  type IstioL4Match,
} from './istio-match.ts';
import { istioMirrorFraction, istioMirrorPolicyFraction } from './mirror.ts';
import { istioSplit, type Split } from './split.ts';

export type IstioSection = 'http' | 'tcp' | 'tls';
export const ISTIO_SECTIONS: readonly IstioSection[] = ['http', 'tcp', 'tls'];

/** Istio `Headers`: request and response set/add/remove. */
export interface IstioHeaderOps {
  request: { set: [string, string][]; add: [string, string][]; remove: string[] };
  response: { set: [string, string][]; add: [string, string][]; remove: string[] };
}

export interface IstioDestinationModel extends IstioDestinationRef {
  index: number;
  /** Where the `route[]` entry is written. */
  path: FieldPath;
  written: unknown;
  weight: number;
  share: number;
  headers?: IstioHeaderOps;
}

export interface IstioMirrorModel extends IstioDestinationRef {
  path: FieldPath;
  fraction: number;
}

export interface IstioRedirect {
  uri?: string;
  authority?: string;
  port?: number;
  derivePort?: string;
  scheme?: string;
  /** 301 unless written. */
  redirectCode: number;
}

export interface IstioRewrite {
  uri?: string;
  authority?: string;
  uriRegexRewrite?: { match: string; rewrite: string };
}

/** One http, tcp or tls route of a VirtualService. */
export interface IstioRouteModel {
  family: 'istio';
  /** Graph node id, `<vs key>#<section>/<index>`. */
  id: string;
  virtualService: Resource;
  section: IstioSection;
  index: number;
  path: FieldPath;
  name?: string;
  /** http routes. */
  httpMatches: IstioHttpMatch[];
  /** tcp and tls routes. */
  l4Matches: IstioL4Match[];
  destinations: IstioDestinationModel[];
  split: Split;
  mirrors: IstioMirrorModel[];
  redirect?: IstioRedirect;
  directResponse?: { status: number; body?: string };
  rewrite?: IstioRewrite;
  headers?: IstioHeaderOps;
  /** Written as-is, reported as information: timeout, retries, corsPolicy, fault, delegate. */
  info: Record<string, unknown>;
}

function entries(value: unknown): [string, string][] {
  const fields = record(value);
  return fields ? Object.entries(fields).map(([k, v]) => [k, String(v)]) : [];
}

function headerOps(value: unknown): IstioHeaderOps | undefined {
  if (!record(value)) return undefined;
  const side = (key: 'request' | 'response') => ({
    set: entries(at(value, key, 'set')),
    add: entries(at(value, key, 'add')),
    remove: list(at(value, key, 'remove')).filter((n): n is string => typeof n === 'string'),
  });
  return { request: side('request'), response: side('response') };
}

function redirectOf(value: unknown): IstioRedirect | undefined {
  const fields = record(value);
  if (!fields) return undefined;
  const redirect: IstioRedirect = { redirectCode: num(fields.redirectCode) ?? 301 };
  for (const key of ['uri', 'authority', 'derivePort', 'scheme'] as const) {
    const v = text(fields[key]);
    if (v !== undefined) redirect[key] = v;
  }
  const port = num(fields.port);
  if (port !== undefined) redirect.port = port;
  return redirect;
}

function rewriteOf(value: unknown): IstioRewrite | undefined {
  const fields = record(value);
  if (!fields) return undefined;
  const rewrite: IstioRewrite = {};
  const uri = fields.uri;
  if (typeof uri === 'string') rewrite.uri = uri;
  const authority = text(fields.authority);
  if (authority !== undefined) rewrite.authority = authority;
  const regex = record(fields.uriRegexRewrite);
  if (regex)
    rewrite.uriRegexRewrite = {
      match: text(regex.match) ?? '',
      rewrite: String(regex.rewrite ?? ''),
    };
  return rewrite;
}

function parseRoute(
  vs: Resource,
  section: IstioSection,
  route: unknown,
  index: number,
): IstioRouteModel {
  const path: FieldPath = ['spec', section, index];
  const written = list(at(route, 'route'));
  const split = istioSplit(written.map((d) => at(d, 'weight')));
  const destinations = written.map((d, j): IstioDestinationModel => {
    const model: IstioDestinationModel = {
      ...istioDestinationRef(at(d, 'destination')),
      index: j,
      path: [...path, 'route', j],
      written: at(d, 'weight'),
      weight: split.weights[j]!,
      share: split.shares[j]!,
    };
    const headers = headerOps(at(d, 'headers'));
    if (headers) model.headers = headers;
    return model;
  });
  const model: IstioRouteModel = {
    family: 'istio',
    id: `${vs.key}#${section}/${index}`,
    virtualService: vs,
    section,
    index,
    path,
    httpMatches: section === 'http' ? parseIstioHttpMatches(route, path) : [],
    l4Matches: section === 'http' ? [] : parseIstioL4Matches(route, path, section === 'tls'),
    destinations,
    split,
    mirrors: section === 'http' ? mirrorsOf(route, path) : [],
    info: {},
  };
  const name = text(at(route, 'name'));
  if (name !== undefined) model.name = name;
  if (section !== 'http') return model;
  const redirect = redirectOf(at(route, 'redirect'));
  const rewrite = rewriteOf(at(route, 'rewrite'));
  const headers = headerOps(at(route, 'headers'));
  const direct = record(at(route, 'directResponse'));
  if (redirect) model.redirect = redirect;
  if (rewrite) model.rewrite = rewrite;
  if (headers) model.headers = headers;
  if (direct) {
    const body = text(at(direct, 'body', 'string'));
    model.directResponse = {
      status: num(direct.status) ?? 200,
      ...(body === undefined ? {} : { body }),
    };
  }
  for (const key of ['timeout', 'retries', 'corsPolicy', 'fault', 'delegate'] as const) {
    const value = at(route, key);
    if (value !== undefined) model.info[key] = value;
  }
  return model;
}

function mirrorsOf(route: unknown, path: FieldPath): IstioMirrorModel[] {
  const out: IstioMirrorModel[] = [];
  const mirror = at(route, 'mirror');
  if (record(mirror)) {
    out.push({
      ...istioDestinationRef(mirror),
      path: [...path, 'mirror'],
      fraction: istioMirrorFraction(route),
    });
  }
  list(at(route, 'mirrors')).forEach((policy, k) => {
    const destination = at(policy, 'destination');
    if (!record(destination)) return;
    out.push({
      ...istioDestinationRef(destination),
      path: [...path, 'mirrors', k, 'destination'],
      fraction: istioMirrorPolicyFraction(policy),
    });
  });
  return out;
}

const cache = new WeakMap<Resource, readonly IstioRouteModel[]>();

/** Every http, tcp and tls route of a VirtualService (in that order), parsed once per object. */
export function istioRoutes(vs: Resource): readonly IstioRouteModel[] {
  let routes = cache.get(vs);
  if (!routes) {
    routes = ISTIO_SECTIONS.flatMap((section) =>
      list(at(vs.value, 'spec', section)).map((route, i) => parseRoute(vs, section, route, i)),
    );
    cache.set(vs, routes);
  }
  return routes;
}

/** The routes of one section. */
export function istioRoutesOf(vs: Resource, section: IstioSection): IstioRouteModel[] {
  return istioRoutes(vs).filter((r) => r.section === section);
}
