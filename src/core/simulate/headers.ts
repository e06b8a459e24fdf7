import type { SimBackendRequest } from './answer.ts';
import type { SimRequest } from './request.ts';

/**
 * A header list with case-insensitive names that keeps each name as it was first written, as
 * the request (or the filter that added it) carries it.
 */
export class HeaderList {
  private readonly entries = new Map<string, [name: string, value: string]>();

  constructor(initial: readonly (readonly [string, string])[] = []) {
    for (const [name, value] of initial) this.add(name, value);
  }

  get(name: string): string | undefined {
    return this.entries.get(name.toLowerCase())?.[1];
  }

  /** Replaces every value of the header (RequestHeaderModifier `set`). */
  set(name: string, value: string): void {
    const key = name.toLowerCase();
    this.entries.set(key, [this.entries.get(key)?.[0] ?? name, value]);
  }

  /** Appends a value (`add`): repeated headers read as one comma-separated value. */
  add(name: string, value: string): void {
    const key = name.toLowerCase();
    const current = this.entries.get(key);
    this.entries.set(key, current ? [current[0], `${current[1]},${value}`] : [name, value]);
  }

  remove(name: string): void {
    this.entries.delete(name.toLowerCase());
  }

  /** Applies set, then add, then remove, the order both families define. */
  apply(changes: {
    set: readonly (readonly [string, string])[];
    add: readonly (readonly [string, string])[];
    remove: readonly string[];
  }): void {
    for (const [name, value] of changes.set) this.set(name, value);
    for (const [name, value] of changes.add) this.add(name, value);
    for (const name of changes.remove) this.remove(name);
  }

  clone(): HeaderList {
    const copy = new HeaderList();
    for (const [key, entry] of this.entries) copy.entries.set(key, [...entry]);
    return copy;
  }

  get size(): number {
    return this.entries.size;
  }

  toRecord(): Record<string, string> {
    return Object.fromEntries([...this.entries.values()]);
  }
}

/** The request's headers as the backend gets them before any change (Host travels apart). */
export function forwardedHeaders(request: SimRequest): HeaderList {
  return new HeaderList(request.headerList.filter(([name]) => name.toLowerCase() !== 'host'));
}

/** The request a backend receives: `host` and `path` after rewrites, the query kept. */
export function backendRequestOf(
  request: SimRequest,
  host: string = request.host,
  path: string = request.path,
  headers: HeaderList = forwardedHeaders(request),
): SimBackendRequest {
  const query = request.rawQuery ? `?${request.rawQuery}` : '';
  return {
    method: request.method,
    scheme: request.scheme,
    host,
    path: path + query,
    headers: headers.toRecord(),
  };
}
