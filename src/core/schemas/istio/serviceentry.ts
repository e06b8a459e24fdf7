/** Istio ServiceEntry (networking.istio.io v1, v1beta1, v1alpha3): hosts added to the mesh. */
import { resourceShell, status } from '../common.ts';
import { cel, doc, list, map, obj, str, type ObjectSchema } from '../dsl.ts';
import { exportTo, uint32 } from './common.ts';

const has = (self: Record<string, unknown>, key: string) => self[key] !== undefined;
const resolutionOf = (self: Record<string, unknown>, fallback: string) =>
  typeof self['resolution'] === 'string' ? self['resolution'] : fallback;

const portNumber = (description: string) => ({
  ...uint32(description),
  rules: [
    cel('istio-se-port-range', 'port must be between 1-65535', (n: number) => n > 0 && n <= 65535),
  ],
});

const port = obj(
  {
    number: portNumber('Port number.'),
    protocol: str({
      description: 'Protocol on the port (HTTP, HTTPS, GRPC, HTTP2, MONGO, TCP or TLS).',
      maxLength: 256,
    }),
    name: str({ description: 'Label of the port.', maxLength: 256 }),
    targetPort: portNumber('Port on the endpoints that receives the traffic.'),
  },
  { title: 'ServicePort', required: ['number', 'name'] },
);

const endpoint = obj(
  {
    address: str({
      description: 'Address of the endpoint (IP, host name or unix:// socket).',
      maxLength: 256,
    }),
    ports: map(uint32('Port on the endpoint.'), {
      description: 'Port number of each named port of the entry.',
    }),
    labels: map(str(), { description: 'Labels of the endpoint, for subsets.' }),
    network: str({ description: 'Network the endpoint is in.', maxLength: 2048 }),
    locality: str({
      description: 'Locality (region/zone/subzone) of the endpoint.',
      maxLength: 2048,
    }),
    weight: uint32('Load-balancing weight of the endpoint.'),
    serviceAccount: str({ description: 'Service account of the workload.', maxLength: 253 }),
  },
  {
    title: 'WorkloadEntry',
    rules: [
      cel(
        'istio-se-endpoint-address',
        'Address is required',
        (e) => has(e, 'address') || has(e, 'network'),
      ),
    ],
  },
);

const spec = obj(
  {
    hosts: list(
      str({
        description: 'A host name, possibly with a wildcard prefix.',
        rules: [cel('istio-se-host-not-wildcard', 'hostname cannot be wildcard', (h) => h !== '*')],
      }),
      { description: 'Hosts the entry adds to the mesh.', minItems: 1, maxItems: 256 },
    ),
    addresses: list(str({ maxLength: 64 }), {
      description: 'Virtual IPs or CIDR blocks of the service.',
      maxItems: 256,
    }),
    ports: list(port, {
      description: 'Ports of the service.',
      maxItems: 256,
      listType: 'map',
      mapKeys: ['name'],
      rules: [
        cel(
          'istio-se-port-unique',
          'port number cannot be duplicated',
          (ports: { number?: unknown }[]) =>
            ports.every((p) => ports.filter((q) => q.number === p.number).length === 1),
        ),
      ],
    }),
    location: str({
      description: 'Whether the service is outside the mesh (MESH_EXTERNAL) or part of it.',
      enum: ['MESH_EXTERNAL', 'MESH_INTERNAL'],
    }),
    resolution: str({
      description: 'How the proxy finds the endpoints of the service.',
      enum: ['NONE', 'STATIC', 'DNS', 'DNS_ROUND_ROBIN', 'DYNAMIC_DNS'],
    }),
    endpoints: list(endpoint, { description: 'Endpoints of the service.', maxItems: 4096 }),
    workloadSelector: obj(
      { labels: map(str({ maxLength: 63 }), { description: 'Labels of the workloads.' }) },
      { title: 'WorkloadSelector', description: 'Workloads (pods, VMs) that are the endpoints.' },
    ),
    exportTo,
    subjectAltNames: list(str(), { description: 'Names accepted in the server certificate.' }),
  },
  {
    title: 'ServiceEntry',
    required: ['hosts'],
    rules: [
      cel(
        'istio-se-selector-xor-endpoints',
        'only one of WorkloadSelector or Endpoints can be set',
        (s) => !(has(s, 'workloadSelector') && has(s, 'endpoints')),
      ),
      cel(
        'istio-se-cidr-resolution',
        'CIDR addresses are allowed only for NONE/STATIC resolution types',
        (s) =>
          !(Array.isArray(s['addresses']) && s['addresses'].some((a) => String(a).includes('/'))) ||
          ['STATIC', 'NONE'].includes(resolutionOf(s, 'NONE')),
      ),
      cel(
        'istio-se-none-endpoints',
        'NONE mode cannot set endpoints',
        (s) => resolutionOf(s, 'NONE') !== 'NONE' || !has(s, 'endpoints'),
      ),
      cel(
        'istio-se-round-robin-endpoints',
        'DNS_ROUND_ROBIN mode cannot have multiple endpoints',
        (s) =>
          resolutionOf(s, '') !== 'DNS_ROUND_ROBIN' ||
          !Array.isArray(s['endpoints']) ||
          s['endpoints'].length <= 1,
      ),
    ],
  },
);

export function serviceEntry(apiVersion: string): ObjectSchema {
  return resourceShell('ServiceEntry', apiVersion, {
    spec: doc('Hosts the mesh can route to, with their ports and endpoints.', spec),
    status,
  });
}
