/** Redirect and rewrite arithmetic: Location headers and path modifiers. */
import type { PathModifier } from '../traffic/http-filters.ts';
import { normalizePrefix } from '../traffic/http-match.ts';

const WELL_KNOWN_PORTS: Record<string, number> = { http: 80, https: 443 };

/** The port a redirect's scheme is known by, if any. */
export function wellKnownPort(scheme: string): number | undefined {
  return WELL_KNOWN_PORTS[scheme];
}

/** `scheme://host[:port]path[?query]`, leaving out the default port of http and https. */
export function location(
  scheme: string,
  host: string,
  port: number | undefined,
  path: string,
  query: string,
): string {
  const showPort = port !== undefined && port !== WELL_KNOWN_PORTS[scheme];
  return `${scheme}://${host}${showPort ? `:${port}` : ''}${path}${query ? `?${query}` : ''}`;
}

/**
 * Applies a Gateway API path modifier. ReplacePrefixMatch replaces the matched PathPrefix as the
 * spec's table shows: trailing slashes of the prefix and the replacement do not count, so
 * `/foo/bar` with prefix `/foo` and `/xyz/` gives `/xyz/bar`, and a root prefix keeps the path.
 */
export function modifyPath(
  path: string,
  modifier: PathModifier,
  matchedPrefix: string | undefined,
): string {
  if (modifier.type === 'ReplaceFullPath') return modifier.value || '/';
  const prefix = normalizePrefix(matchedPrefix ?? '/');
  const rest = prefix === '/' ? path : path.slice(prefix.length);
  const replacement = modifier.value.replace(/\/+$/, '');
  const result = replacement + rest;
  if (result === '') return '/';
  return result.startsWith('/') ? result : `/${result}`;
}
