/**
 * Hostname matching as the Gateway API and Istio define it: `*.example.com` matches any name with
 * one or more labels before `example.com` (never `example.com` itself); `*` or an absent hostname
 * matches everything.
 */

function wildcardCovers(wildcard: string, name: string): boolean {
  const suffix = wildcard.slice(1); // ".example.com"
  return name.endsWith(suffix) && name.length > suffix.length;
}

/** Whether `pattern` matches every name `name` matches (both may be wildcards). */
export function hostnameCovers(pattern: string | undefined, name: string | undefined): boolean {
  if (pattern === undefined || pattern === '*') return true;
  if (name === undefined || name === '*') return false;
  const p = pattern.toLowerCase();
  const n = name.toLowerCase();
  if (p === n) return true;
  return p.startsWith('*.') && wildcardCovers(p, n);
}

/** Whether some name matches both (the spec's "intersecting hostnames"). */
export function hostnamesIntersect(a: string | undefined, b: string | undefined): boolean {
  return hostnameCovers(a, b) || hostnameCovers(b, a);
}

/**
 * The hostnames a route serves on a listener: the route's hostnames that intersect the listener's,
 * narrowed to the more specific side. `undefined` in the result stands for "any hostname".
 */
export function effectiveHostnames(
  listenerHostname: string | undefined,
  routeHostnames: readonly string[],
): (string | undefined)[] {
  if (routeHostnames.length === 0) return [listenerHostname];
  const out: (string | undefined)[] = [];
  for (const hostname of routeHostnames) {
    if (hostnameCovers(listenerHostname, hostname)) out.push(hostname);
    else if (hostnameCovers(hostname, listenerHostname)) out.push(listenerHostname);
  }
  return out;
}
