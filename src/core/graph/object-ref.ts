import { target, type Target } from './extract-types.ts';
import { record, text } from './read.ts';

export interface RefDefaults {
  group: string;
  kind: string;
  namespace: string;
}

/**
 * Reads a Gateway API object reference (`{group?, kind?, namespace?, name}`), applying the
 * defaults the field's API documents. `group: ""` is the core group, so it is kept as written.
 */
export function readObjectRef(value: unknown, defaults: RefDefaults): Target | undefined {
  const ref = record(value);
  const name = text(ref?.name);
  if (!ref || !name) return undefined;
  const group = typeof ref.group === 'string' ? ref.group : defaults.group;
  const kind = text(ref.kind) ?? defaults.kind;
  return target(group, kind, text(ref.namespace) ?? defaults.namespace, name);
}
