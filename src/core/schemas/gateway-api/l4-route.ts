/** The rule shape shared by TLSRoute, TCPRoute and UDPRoute: a name and weighted backends. */
import { list, obj, type ListSchema } from '../dsl.ts';
import { backendRefs } from './backend-ref.ts';
import { ruleName } from './common.ts';
import { ruleNamesUnique } from './route-common.ts';

/** `rules` of a layer-4 route; v1 allows one rule, the alpha versions up to 16. */
export function l4Rules(kind: string, maxRules: number): ListSchema {
  return list(
    obj(
      { name: ruleName, backendRefs: backendRefs(undefined, { minItems: 1 }) },
      {
        title: `${kind}Rule`,
        description: 'Backends for the connections.',
        required: ['backendRefs'],
      },
    ),
    {
      description: 'Where connections go.',
      minItems: 1,
      maxItems: maxRules,
      listType: 'atomic',
      rules: [ruleNamesUnique],
    },
  );
}
