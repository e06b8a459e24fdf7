/** Backend and mirror targets as the traffic model holds them, defaults applied. */
import type { FieldPath } from '../diagnostics.ts';
import { at, num, record, text } from '../graph/read.ts';
import { CORE_GROUP } from '../model/kinds.ts';

/** An object a rule sends (or mirrors) requests to. */
export interface TargetRef {
  group: string;
  kind: string;
  /** Namespace the reference resolves in (the route's unless written). */
  namespace: string;
  /** Undefined when the reference names nothing (the backend is invalid). */
  name: string | undefined;
  port?: number;
  /** Istio: the DestinationRule subset. */
  subset?: string;
}

/** A mirror of a rule: where copies go and which fraction of the rule's requests is copied. */
export interface MirrorModel extends TargetRef {
  /** Where the target is written, e.g. `[…, 'filters', 0, 'requestMirror', 'backendRef']`. */
  path: FieldPath;
  /** 0..1. */
  fraction: number;
}

/** A Gateway API BackendObjectReference: `group` "" and `kind` Service unless written. */
export function gatewayTargetRef(value: unknown, namespace: string): TargetRef {
  const ref = record(value);
  const group = typeof ref?.group === 'string' ? ref.group : CORE_GROUP;
  const target: TargetRef = {
    group,
    kind: text(ref?.kind) ?? 'Service',
    namespace: text(ref?.namespace) ?? namespace,
    name: text(ref?.name),
  };
  const port = num(ref?.port);
  if (port !== undefined) target.port = port;
  return target;
}

/** `Service ns/name:port` (or `#subset`), for explanations. */
export function describeTarget(target: TargetRef): string {
  const port = target.port === undefined ? '' : `:${target.port}`;
  const subset = target.subset === undefined ? '' : ` subset ${target.subset}`;
  return `${target.kind} ${target.namespace}/${target.name ?? '(no name)'}${port}${subset}`;
}

/** An Istio `destination` read as written: host, subset, port number. */
export interface IstioDestinationRef {
  host: string | undefined;
  subset?: string;
  port?: number;
}

export function istioDestinationRef(destination: unknown): IstioDestinationRef {
  const ref: IstioDestinationRef = { host: text(at(destination, 'host')) };
  const subset = text(at(destination, 'subset'));
  const port = num(at(destination, 'port', 'number'));
  if (subset !== undefined) ref.subset = subset;
  if (port !== undefined) ref.port = port;
  return ref;
}
