/** Kubernetes building blocks every kind shares: name patterns, ObjectMeta, label selectors. */
import {
  any,
  doc,
  int,
  list,
  map,
  obj,
  str,
  type ObjectSchema,
  type Rule,
  type Schema,
} from './dsl.ts';

const LABEL_PART = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
/** RFC 1123 subdomain, as most object names are. */
export const DNS_SUBDOMAIN = `^${LABEL_PART}(\\.${LABEL_PART})*$`;
/** RFC 1123 label, as namespace names are. */
export const DNS_LABEL = `^${LABEL_PART}$`;
/** RFC 1035 label (starts with a letter), as Service names are. */
export const DNS_1035_LABEL = '^[a-z]([-a-z0-9]*[a-z0-9])?$';
/** A label or annotation key: optional DNS prefix, then a name of up to 63 characters. */
export const QUALIFIED_KEY = `^(${LABEL_PART}(\\.${LABEL_PART})*/)?([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]$`;
export const LABEL_VALUE = '^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$';

const qualifiedKey = new RegExp(QUALIFIED_KEY);

/** Keys of a label or annotation map must be qualified names; reports each bad key. */
export function qualifiedKeysRule(what: 'label' | 'annotation'): Rule {
  return {
    id: `${what}-key`,
    code: 'schema-pattern',
    message: `${what} keys must be an optional DNS subdomain prefix and a name of up to 63 characters (letters, digits, '-', '_', '.')`,
    check: (self: Record<string, unknown>) =>
      Object.keys(self)
        .filter((k) => !qualifiedKey.test(k) || (k.split('/')[0] ?? '').length >= 253)
        .map((k) => [k]),
  };
}

export const labels = map(
  str({ pattern: LABEL_VALUE, maxLength: 63, description: 'Label value.' }),
  {
    description: 'Key/value pairs for selecting and grouping objects.',
    rules: [qualifiedKeysRule('label')],
  },
);
export const annotations = map(str({ description: 'Annotation value.' }), {
  description: 'Free-form key/value metadata for tools.',
  rules: [qualifiedKeysRule('annotation')],
});

/** ObjectMeta with the name rules of the kind (`namePattern`, `nameMaxLength`). */
export function objectMeta(namePattern = DNS_SUBDOMAIN, nameMaxLength = 253): ObjectSchema {
  return obj(
    {
      name: str({
        description: 'Name of the object, unique per kind within its namespace.',
        pattern: namePattern,
        maxLength: nameMaxLength,
        minLength: 1,
      }),
      generateName: str({ description: 'Prefix for a server-generated name.' }),
      namespace: str({
        description: 'Namespace of the object (the default namespace when omitted).',
        pattern: DNS_LABEL,
        maxLength: 63,
      }),
      labels,
      annotations,
      uid: str({ description: 'Server-assigned unique id.' }),
      resourceVersion: str({ description: 'Server-assigned version for optimistic concurrency.' }),
      generation: int({ description: 'Server-assigned spec generation.' }),
      creationTimestamp: any({ description: 'Server-assigned creation time.' }),
      deletionTimestamp: any({ description: 'Server-assigned deletion time.' }),
      deletionGracePeriodSeconds: int({ description: 'Seconds allowed for graceful deletion.' }),
      finalizers: list(str(), {
        description: 'Tasks that must finish before the object is deleted.',
      }),
      ownerReferences: list(any(), { description: 'Objects this object depends on.' }),
      managedFields: list(any(), { description: 'Server-side apply field ownership.' }),
    },
    { title: 'ObjectMeta', description: 'Name, namespace, labels and annotations of the object.' },
  );
}

/** A label selector (`matchLabels` and `matchExpressions`). */
export const labelSelector = obj(
  {
    matchLabels: doc('Labels that must all match.', map(str())),
    matchExpressions: list(
      obj(
        {
          key: str({ description: 'Label key the requirement applies to.' }),
          operator: str({
            description: 'How the key relates to the values.',
            enum: ['In', 'NotIn', 'Exists', 'DoesNotExist'],
          }),
          values: list(str(), { description: 'Values for In and NotIn; empty otherwise.' }),
        },
        { title: 'LabelSelectorRequirement', required: ['key', 'operator'] },
      ),
      { description: 'Set-based requirements that must all match.', listType: 'atomic' },
    ),
  },
  { title: 'LabelSelector', description: 'Selects objects by their labels.' },
);

/** apiVersion, kind and metadata around a kind's spec. */
export function resourceShell(
  kind: string,
  apiVersion: string,
  body: Record<string, Schema>,
  meta: ObjectSchema = objectMeta(),
): ObjectSchema {
  return obj(
    {
      apiVersion: str({ description: 'API group and version of the object.', enum: [apiVersion] }),
      kind: str({ description: 'Kind of the object.', enum: [kind] }),
      metadata: meta,
      ...body,
    },
    { title: kind, required: ['apiVersion', 'kind', 'metadata'] },
  );
}

/** Status is written by controllers; it is accepted as is. */
export const status = any({ description: 'Written by the controller; not part of the design.' });
