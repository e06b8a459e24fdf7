/** GatewayClass (cluster-scoped; v1, v1beta1). */
import { resourceShell, status } from '../common.ts';
import { doc, obj, str, type ObjectSchema } from '../dsl.ts';
import { DOMAIN_PREFIXED_PATTERN, group, kind, namespace, objectName } from './common.ts';

const spec = obj(
  {
    controllerName: str({
      description: 'Domain-prefixed name of the controller that manages Gateways of this class.',
      pattern: DOMAIN_PREFIXED_PATTERN,
      minLength: 1,
      maxLength: 253,
    }),
    description: str({ description: 'Human-readable description of the class.', maxLength: 64 }),
    parametersRef: obj(
      {
        group: group('API group of the parameters object.'),
        kind: kind('Kind of the parameters object.'),
        name: objectName('Name of the parameters object.'),
        namespace: namespace('Namespace of the parameters object, for namespaced kinds.'),
      },
      {
        title: 'ParametersReference',
        description: 'Controller-specific configuration for the class.',
        required: ['group', 'kind', 'name'],
      },
    ),
  },
  { title: 'GatewayClassSpec', required: ['controllerName'] },
);

export function gatewayClass(apiVersion: string): ObjectSchema {
  return resourceShell('GatewayClass', apiVersion, {
    spec: doc('The controller and parameters of the class.', spec),
    status,
  });
}
