import type { Resource } from '../../model/resource.ts';

/**
 * Caches a function of one resource by the resource object. Resources are immutable and an edit
 * shares the untouched ones with the next design, so what is read off an untouched resource is
 * not read again after an edit: the cross-resource passes then cost lookups, not re-reads. The
 * function must depend on the resource alone; array results are frozen, so a caller that would
 * change a shared result fails loudly instead.
 */
export function perResource<T>(read: (resource: Resource) => T): (resource: Resource) => T {
  const cache = new WeakMap<Resource, T>();
  return (resource) => {
    if (cache.has(resource)) return cache.get(resource)!;
    const value = read(resource);
    if (Array.isArray(value)) Object.freeze(value);
    cache.set(resource, value);
    return value;
  };
}
