/** Istio VirtualService: matching and routing of HTTP, TLS and TCP traffic to a host. */
import { resourceShell, status } from '../common.ts';
import { bool, doc, int, list, map, obj, str, type ObjectSchema } from '../dsl.ts';
import { destination, exportTo, headers, istioDuration, stringMatch, uint32 } from './common.ts';
import { httpRouteExtras } from './http-extras.ts';

const weight = int({
  description: 'Share of traffic for this destination (all weights add up to 100).',
});

const httpMatch = obj(
  {
    name: str({ description: 'Name of the match, added to the route name in logs.' }),
    uri: stringMatch('Matches the request path.'),
    scheme: stringMatch('Matches the URI scheme.'),
    method: stringMatch('Matches the HTTP method.'),
    authority: stringMatch('Matches the Host/authority header.'),
    headers: map(stringMatch('Matches the header value.'), {
      description: 'Headers that must match (lowercase names).',
    }),
    port: uint32('Port the request arrived on.'),
    sourceLabels: map(str(), { description: 'Labels the calling workload must have.' }),
    gateways: list(str(), { description: 'Gateways this match applies to.' }),
    queryParams: map(stringMatch('Matches the query parameter.'), {
      description: 'Query parameters that must match.',
    }),
    ignoreUriCase: bool({ description: 'Match the URI case-insensitively.' }),
    withoutHeaders: map(stringMatch('Header value that must not match.'), {
      description: 'Headers that must not match.',
    }),
    sourceNamespace: str({ description: 'Namespace the calling workload must be in.' }),
    statPrefix: str({ description: 'Prefix for stats of this match.' }),
  },
  {
    title: 'HTTPMatchRequest',
    description: 'Conditions that must all hold for a request to match.',
  },
);

const httpRouteDestination = obj(
  { destination, weight, headers },
  { title: 'HTTPRouteDestination', required: ['destination'] },
);

const httpRoute = obj(
  {
    name: str({ description: 'Name of the route, for logs and delegation.' }),
    match: list(httpMatch, { description: 'Requests matching any of these use the route.' }),
    route: list(httpRouteDestination, { description: 'Destinations, split by weight.' }),
    timeout: istioDuration('Time allowed for the request.'),
    headers,
    ...httpRouteExtras,
  },
  { title: 'HTTPRoute', description: 'How matching HTTP requests are handled.' },
);

const l4Route = list(
  obj({ destination, weight }, { title: 'RouteDestination', required: ['destination'] }),
  { description: 'Destinations, split by weight.' },
);

const l4MatchFields = {
  destinationSubnets: list(str(), { description: 'Destination IP subnets (CIDR) to match.' }),
  port: uint32('Port the connection arrived on.'),
  sourceLabels: map(str(), { description: 'Labels the calling workload must have.' }),
  gateways: list(str(), { description: 'Gateways this match applies to.' }),
  sourceNamespace: str({ description: 'Namespace the calling workload must be in.' }),
};

const tlsRoute = obj(
  {
    match: list(
      obj(
        { sniHosts: list(str(), { description: 'SNI names to match.' }), ...l4MatchFields },
        { title: 'TLSMatchAttributes', required: ['sniHosts'] },
      ),
      { description: 'Connections matching any of these use the route.' },
    ),
    route: l4Route,
  },
  {
    title: 'TLSRoute',
    description: 'How matching TLS connections are routed (by SNI).',
    required: ['match'],
  },
);

const tcpRoute = obj(
  {
    match: list(
      obj(
        {
          ...l4MatchFields,
          sourceSubnet: str({ description: 'Source IP subnet (CIDR) to match.' }),
        },
        { title: 'L4MatchAttributes' },
      ),
      { description: 'Connections matching any of these use the route.' },
    ),
    route: l4Route,
  },
  { title: 'TCPRoute', description: 'How matching TCP connections are routed.' },
);

const spec = obj(
  {
    hosts: list(str(), { description: 'Hosts this config applies to (names, wildcards or IPs).' }),
    gateways: list(str(), { description: 'Gateways (`namespace/name`) and `mesh` for sidecars.' }),
    http: list(httpRoute, { description: 'HTTP routes, first match wins.' }),
    tls: list(tlsRoute, { description: 'Routes for TLS passthrough and HTTPS traffic.' }),
    tcp: list(tcpRoute, { description: 'Routes for opaque TCP traffic.' }),
    exportTo,
  },
  { title: 'VirtualService' },
);

export function virtualService(apiVersion: string): ObjectSchema {
  return resourceShell('VirtualService', apiVersion, {
    spec: doc('Routing rules for traffic to the hosts.', spec),
    status,
  });
}
