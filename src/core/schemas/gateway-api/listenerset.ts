/** ListenerSet (gateway.networking.k8s.io v1): listeners added to a Gateway from elsewhere. */
import { resourceShell, status } from '../common.ts';
import { doc, obj, type ObjectSchema } from '../dsl.ts';
import { group, kind, namespace, objectName } from './common.ts';
import { listeners } from './listeners.ts';

const spec = obj(
  {
    parentRef: obj(
      {
        group: group('API group of the parent Gateway.', 'gateway.networking.k8s.io'),
        kind: kind('Kind of the parent.', 'Gateway'),
        namespace: namespace('Namespace of the parent; the ListenerSet’s own when omitted.'),
        name: objectName('Name of the parent Gateway.'),
      },
      {
        title: 'ParentGatewayReference',
        description: 'The Gateway these listeners join.',
        required: ['name'],
      },
    ),
    listeners: listeners('ListenerSet'),
  },
  { title: 'ListenerSetSpec', required: ['parentRef', 'listeners'] },
);

export function listenerSet(apiVersion: string): ObjectSchema {
  return resourceShell('ListenerSet', apiVersion, {
    spec: doc('The parent Gateway and the listeners added to it.', spec),
    status,
  });
}
