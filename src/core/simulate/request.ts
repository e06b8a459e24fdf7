/**
 * Requests the simulator answers: `METHOD URL` plus headers, as the CLI and the panel write them.
 * TLS, TCP and UDP connections use `tls://HOST:PORT` (HOST is the SNI), `tcp://HOST:PORT` and
 * `udp://HOST:PORT` with method `-`; `grpc://` and `grpcs://` are gRPC over h2c and TLS.
 */
import type { RequestView } from '../traffic/request-view.ts';

export type RequestScheme = 'http' | 'https' | 'tls' | 'tcp' | 'udp';

/** Where a mesh request comes from (Istio `sourceLabels` / `sourceNamespace`). */
export interface RequestSource {
  namespace?: string;
  labels?: Readonly<Record<string, string>>;
}

export interface SimRequest extends RequestView {
  scheme: RequestScheme;
  /** Whether the request is gRPC (a `grpc(s)://` URL or an `application/grpc` content type). */
  grpc: boolean;
  /** Whether the URL named the port (redirects keep only ports that were there). */
  portExplicit: boolean;
  /** The query string as written, without `?` (kept by redirects and rewrites). */
  rawQuery: string;
  /** TLS server name: the URL's host for https and tls, unless given. */
  sni?: string;
  /** Headers as the request carries them: names keep their case, in order. */
  headerList: readonly (readonly [name: string, value: string])[];
  source?: RequestSource;
}

/** A request as people write it. */
export interface RequestSpec {
  /** `GET`, `POST`, …; `-` (or omitted) for TLS, TCP and UDP. Default `GET` for HTTP. */
  method?: string;
  url: string;
  /** `Name: value` lines, or name/value pairs. */
  headers?: readonly string[] | Readonly<Record<string, string>>;
  sni?: string;
  source?: RequestSource;
}

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, grpc: 80, grpcs: 443 };
const SCHEMES: Record<string, RequestScheme> = {
  http: 'http',
  https: 'https',
  grpc: 'http',
  grpcs: 'https',
  tls: 'tls',
  tcp: 'tcp',
  udp: 'udp',
};

/** Parses `Name: value`; undefined when there is no colon or no name. */
export function parseHeaderLine(line: string): [string, string] | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0) return undefined;
  const name = line.slice(0, colon).trim();
  return name ? [name, line.slice(colon + 1).trim()] : undefined;
}

function headerPairs(headers: RequestSpec['headers']): [string, string][] | string {
  if (headers === undefined) return [];
  if (!Array.isArray(headers)) {
    return Object.entries(headers as Record<string, string>).map(([k, v]) => [k, String(v)]);
  }
  const out: [string, string][] = [];
  for (const line of headers as readonly string[]) {
    const pair = parseHeaderLine(line);
    if (!pair) return `Header '${line}' is not 'Name: value'.`;
    out.push(pair);
  }
  return out;
}

/** Builds a request, or says what is wrong with it. */
export function buildRequest(spec: RequestSpec): SimRequest | { error: string } {
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(spec.url);
  if (!schemeMatch)
    return { error: `'${spec.url}' is not a URL (write e.g. https://shop.example.com/cart).` };
  const written = schemeMatch[1]!.toLowerCase();
  const scheme = SCHEMES[written];
  if (!scheme)
    return { error: `Unknown scheme '${written}' (http, https, grpc, grpcs, tls, tcp, udp).` };
  let url: URL;
  try {
    url = new URL(spec.url);
  } catch {
    return { error: `'${spec.url}' is not a valid URL.` };
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return { error: `'${spec.url}' has no host.` };
  const portExplicit = url.port !== '';
  const port = portExplicit ? Number(url.port) : DEFAULT_PORTS[written];
  if (port === undefined)
    return { error: `${written}:// needs a port, e.g. ${written}://${host}:443.` };
  const l4 = scheme === 'tls' || scheme === 'tcp' || scheme === 'udp';
  const method = (spec.method ?? (l4 ? '-' : 'GET')).toUpperCase();
  if (l4 !== (method === '-')) {
    return {
      error: l4
        ? `${written}:// connections take method '-', not ${method}.`
        : `An HTTP request needs a method such as GET, not '-'.`,
    };
  }
  const pairs = headerPairs(spec.headers);
  if (typeof pairs === 'string') return { error: pairs };
  const grpcScheme = written === 'grpc' || written === 'grpcs';
  const headerList =
    grpcScheme && !pairs.some(([n]) => n.toLowerCase() === 'content-type')
      ? [...pairs, ['content-type', 'application/grpc'] as [string, string]]
      : pairs;
  const headers = new Map<string, string>();
  for (const [name, value] of headerList) {
    const key = name.toLowerCase();
    const previous = headers.get(key);
    headers.set(key, previous === undefined ? value : `${previous},${value}`);
  }
  const query = new Map<string, string>();
  for (const [name, value] of url.searchParams) if (!query.has(name)) query.set(name, value);
  const authority = headers.get('host') ?? (portExplicit ? `${host}:${port}` : host);
  const request: SimRequest = {
    method: grpcScheme && spec.method === undefined ? 'POST' : method,
    scheme,
    host: authority.replace(/:\d+$/, '').toLowerCase(),
    authority,
    port,
    portExplicit,
    path: l4 ? '' : url.pathname || '/',
    rawQuery: url.search.replace(/^\?/, ''),
    query,
    headers,
    headerList,
    grpc: grpcScheme || (headers.get('content-type') ?? '').startsWith('application/grpc'),
  };
  const sni = spec.sni ?? (scheme === 'https' || scheme === 'tls' ? host : undefined);
  if (sni !== undefined) request.sni = sni.toLowerCase();
  if (spec.source) request.source = spec.source;
  return request;
}

/** Parses the CLI's `'METHOD URL'` (or a bare URL) with `-H` header lines. */
export function parseRequestLine(
  line: string,
  headers: readonly string[] = [],
  sni?: string,
): SimRequest | { error: string } {
  const parts = line.trim().split(/\s+/);
  if (parts.length > 2 || parts[0] === '')
    return { error: `Write the request as 'METHOD URL', e.g. 'GET https://shop.example.com/'.` };
  const [method, url] = parts.length === 2 ? [parts[0], parts[1]!] : [undefined, parts[0]!];
  return buildRequest({
    ...(method === undefined ? {} : { method }),
    url,
    headers,
    ...(sni === undefined ? {} : { sni }),
  });
}

/** `GET https://shop.example.com/cart`, for explanations and test names. */
export function describeRequest(request: SimRequest): string {
  const scheme = request.grpc ? (request.scheme === 'https' ? 'grpcs' : 'grpc') : request.scheme;
  const port = request.portExplicit ? `:${request.port}` : '';
  const query = request.rawQuery ? `?${request.rawQuery}` : '';
  return `${request.method} ${scheme}://${request.host}${port}${request.path}${query}`;
}
