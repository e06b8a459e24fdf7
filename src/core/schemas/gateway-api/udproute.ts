/** UDPRoute (v1, v1alpha2). */
import { resourceShell, status } from '../common.ts';
import { doc, obj, type ObjectSchema } from '../dsl.ts';
import { l4Rules } from './l4-route.ts';
import { parentRefs } from './parent-ref.ts';
import { useDefaultGateways } from './route-common.ts';

/** UDPRoute; `version` v1 allows one rule, v1alpha2 up to 16. */
export function udpRoute(apiVersion: string, version: string): ObjectSchema {
  const spec = obj(
    { parentRefs, useDefaultGateways, rules: l4Rules('UDPRoute', version === 'v1' ? 1 : 16) },
    { title: 'UDPRouteSpec', required: ['rules'] },
  );
  return resourceShell('UDPRoute', apiVersion, {
    spec: doc('Where UDP datagrams go.', spec),
    status,
  });
}
