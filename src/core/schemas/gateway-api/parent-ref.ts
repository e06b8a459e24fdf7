/** `parentRefs`: how a route (or policy) names the Gateways and listeners it attaches to. */
import { cel, list, obj, ruleIn, type Data, type Rule } from '../dsl.ts';
import { EXPERIMENTAL_ONLY, STANDARD_ONLY } from './target.ts';
import { group, kind, namespace, objectName, portNumber, sectionName } from './common.ts';

export const parentReference = obj(
  {
    group: group('API group of the parent.', 'gateway.networking.k8s.io'),
    kind: kind('Kind of the parent (Gateway, ListenerSet, or Service for mesh routes).', 'Gateway'),
    namespace: namespace('Namespace of the parent; the route’s own namespace when omitted.'),
    name: objectName('Name of the parent.'),
    sectionName: sectionName('Listener (or Service port) name to attach to; all when omitted.'),
    port: portNumber('Attach only to listeners on this port.'),
  },
  { title: 'ParentReference', required: ['name'] },
);

const blank = (v: unknown) => v === undefined || v === '';

/** True when two references name the same object; `withNamespace` compares namespaces too. */
export function sameTarget(a: Data, b: Data, withNamespace: boolean): boolean {
  if (a.group !== b.group || a.kind !== b.kind || a.name !== b.name) return false;
  if (!withNamespace) return true;
  return blank(a.namespace) ? blank(b.namespace) : a.namespace === b.namespace;
}

/**
 * The two CEL rules on a list of references to parents or targets: a sectionName is given on all
 * references to the same object or on none, and never twice the same.
 */
export function sectionNameRules(what: 'parentRefs' | 'targetRefs', noun: string): Rule[] {
  const withNamespace = what === 'parentRefs';
  return [
    cel(
      `${what}-section-name-required`,
      `sectionName must be specified when ${what} includes 2 or more references to the same ${noun}`,
      (refs: Data[]) =>
        refs.flatMap((p1, i) =>
          refs.some(
            (p2) =>
              sameTarget(p1, p2, withNamespace) && blank(p1.sectionName) !== blank(p2.sectionName),
          )
            ? [[i]]
            : [],
        ),
    ),
    cel(
      `${what}-section-name-unique`,
      `sectionName must be unique when ${what} includes 2 or more references to the same ${noun}`,
      (refs: Data[]) =>
        refs.flatMap((p1, i) =>
          refs
            .slice(0, i)
            .some(
              (p2) =>
                sameTarget(p1, p2, withNamespace) &&
                (blank(p1.sectionName) ? blank(p2.sectionName) : p1.sectionName === p2.sectionName),
            )
            ? [[i]]
            : [],
        ),
    ),
  ];
}

const noPort = (v: unknown) => v === undefined || v === 0;

/**
 * The experimental channel's rules, which let a port tell references to one parent apart: the
 * sectionName and port are each given on all references to the same parent or on none, and no two
 * references give the same sectionName and port.
 */
const sectionOrPortRules: Rule[] = [
  cel(
    'parentRefs-section-or-port-required',
    'sectionName or port must be specified when parentRefs includes 2 or more references to the same parent',
    (refs: Data[]) =>
      refs.flatMap((p1, i) =>
        refs.some(
          (p2) =>
            sameTarget(p1, p2, true) &&
            (blank(p1.sectionName) !== blank(p2.sectionName) ||
              noPort(p1.port) !== noPort(p2.port)),
        )
          ? [[i]]
          : [],
      ),
  ),
  cel(
    'parentRefs-section-or-port-unique',
    'sectionName or port must be unique when parentRefs includes 2 or more references to the same parent',
    (refs: Data[]) =>
      refs.flatMap((p1, i) =>
        refs
          .slice(0, i)
          .some(
            (p2) =>
              sameTarget(p1, p2, true) &&
              (blank(p1.sectionName) ? blank(p2.sectionName) : p1.sectionName === p2.sectionName) &&
              (noPort(p1.port) ? noPort(p2.port) : p1.port === p2.port),
          )
          ? [[i]]
          : [],
      ),
  ),
];

export const parentRefs = list(parentReference, {
  description: 'Gateways (or listeners of them) this route attaches to.',
  maxItems: 32,
  listType: 'atomic',
  rules: [
    ...sectionNameRules('parentRefs', 'parent').map((rule) => ruleIn(STANDARD_ONLY, rule)),
    ...sectionOrPortRules.map((rule) => ruleIn(EXPERIMENTAL_ONLY, rule)),
  ],
});
