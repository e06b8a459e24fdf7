/** GRPCRoute (gateway.networking.k8s.io v1). */
import { resourceShell, status } from '../common.ts';
import { cel, doc, list, obj, str, type ObjectSchema } from '../dsl.ts';
import { backendRefs } from './backend-ref.ts';
import { hostnames, ruleName } from './common.ts';
import { grpcRouteFilters } from './filters.ts';
import { parentRefs } from './parent-ref.ts';
import {
  nameValueMatches,
  ruleNamesUnique,
  sessionPersistence,
  totalMatchesRule,
  useDefaultGateways,
} from './route-common.ts';

const SERVICE = /^\.?[a-z_][a-z_0-9]*(\.[a-z_][a-z_0-9]*)*$/i;
const METHOD = /^[A-Za-z_][A-Za-z_0-9]*$/;
const exact = (m: { type?: string }) => m.type === undefined || m.type === 'Exact';

const methodMatch = obj(
  {
    type: str({
      description: 'How service and method are compared.',
      enum: ['Exact', 'RegularExpression'],
      default: 'Exact',
    }),
    service: str({
      description: 'Fully qualified gRPC service, e.g. `foo.bar.Greeter`.',
      maxLength: 1024,
    }),
    method: str({ description: 'gRPC method name, e.g. `SayHello`.', maxLength: 1024 }),
  },
  {
    title: 'GRPCMethodMatch',
    description: 'Matches the gRPC service and method.',
    rules: [
      cel(
        'grpc-service-or-method',
        "One or both of 'service' or 'method' must be specified",
        (m) => (m.type !== undefined ? m.service !== undefined || m.method !== undefined : true),
      ),
      cel(
        'grpc-service-chars',
        'service must only contain valid characters (matching ^(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$)',
        (m) => (exact(m) && m.service !== undefined ? SERVICE.test(m.service) : true),
      ),
      cel(
        'grpc-method-chars',
        'method must only contain valid characters (matching ^[A-Za-z_][A-Za-z_0-9]*$)',
        (m) => (exact(m) && m.method !== undefined ? METHOD.test(m.method) : true),
      ),
    ],
  },
);

const grpcRouteRule = obj(
  {
    name: ruleName,
    matches: list(
      obj(
        { method: methodMatch, headers: nameValueMatches('GRPCHeaderMatch', 'header', 4096) },
        {
          title: 'GRPCRouteMatch',
          description: 'Conditions that must all hold for a call to match.',
        },
      ),
      {
        description: 'Calls matching any of these use the rule; all calls when omitted.',
        maxItems: 64,
        listType: 'atomic',
      },
    ),
    filters: grpcRouteFilters,
    backendRefs: backendRefs(grpcRouteFilters, { title: 'GRPCBackendRef' }),
    sessionPersistence,
  },
  { title: 'GRPCRouteRule', description: 'Matches, filters and backends for a set of gRPC calls.' },
);

const spec = obj(
  {
    parentRefs,
    hostnames: hostnames('Host (authority) values this route serves.'),
    useDefaultGateways,
    rules: list(grpcRouteRule, {
      description: 'Routing rules for gRPC calls.',
      maxItems: 16,
      listType: 'atomic',
      rules: [totalMatchesRule(), ruleNamesUnique],
    }),
  },
  { title: 'GRPCRouteSpec', description: 'Where the route attaches and how it routes gRPC calls.' },
);

export function grpcRoute(apiVersion: string): ObjectSchema {
  return resourceShell('GRPCRoute', apiVersion, {
    spec: doc('Desired routing for gRPC.', spec),
    status,
  });
}
