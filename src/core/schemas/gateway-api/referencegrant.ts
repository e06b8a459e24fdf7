/** ReferenceGrant (v1beta1; v1 also served): allows references into its namespace. */
import { resourceShell, status } from '../common.ts';
import { doc, list, obj, type ObjectSchema, extend, ruleIn, type Data } from '../dsl.ts';
import { since } from './target.ts';
import { group, kind, namespace, objectName } from './common.ts';

const spec = obj(
  {
    from: list(
      obj(
        {
          group: group('API group of the referring kind.'),
          kind: kind('Referring kind, e.g. HTTPRoute.'),
          namespace: namespace('Namespace the references come from.'),
        },
        { title: 'ReferenceGrantFrom', required: ['group', 'kind', 'namespace'] },
      ),
      {
        description: 'Who may refer to objects in this namespace.',
        minItems: 1,
        maxItems: 16,
        listType: 'atomic',
      },
    ),
    to: list(
      obj(
        {
          group: group('API group of the referent; empty for core.'),
          kind: kind('Kind of the referent, e.g. Service or Secret.'),
          name: objectName('Only this object; all of the kind when omitted.'),
        },
        { title: 'ReferenceGrantTo', required: ['group', 'kind'] },
      ),
      { description: 'What they may refer to.', minItems: 1, maxItems: 16, listType: 'atomic' },
    ),
  },
  { title: 'ReferenceGrantSpec', required: ['from', 'to'] },
);

/** `spec` is required since v1.6; before, a ReferenceGrant without one was accepted (and inert). */
const specRequired = ruleIn(since('v1.6'), {
  id: 'reference-grant-spec-required',
  code: 'schema-required',
  message: 'is required',
  check: (grant: Data) => (grant.spec === undefined ? [['spec']] : []),
});

export function referenceGrant(apiVersion: string): ObjectSchema {
  const shell = resourceShell('ReferenceGrant', apiVersion, {
    spec: doc('Allowed cross-namespace references.', spec),
    status,
  });
  return extend(shell, {}, { rules: [specRequired] });
}
