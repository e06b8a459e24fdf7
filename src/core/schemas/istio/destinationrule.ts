/** Istio DestinationRule: load balancing, connection limits, outlier detection, TLS and subsets. */
import { resourceShell, status } from '../common.ts';
import {
  bool,
  cel,
  doc,
  int,
  list,
  map,
  num,
  obj,
  oneOf,
  str,
  type ObjectSchema,
  type Schema,
} from '../dsl.ts';
import { exportTo, istioDuration, portSelector, uint32 } from './common.ts';

const consistentHash = obj(
  {
    httpHeaderName: str({ description: 'Hash on this request header.' }),
    httpCookie: obj(
      {
        name: str({ description: 'Cookie name.' }),
        path: str({ description: 'Cookie path.' }),
        ttl: istioDuration('Lifetime of a generated cookie.', false),
        attributes: list(
          obj(
            {
              name: str({ description: 'Attribute name.' }),
              value: str({ description: 'Attribute value.' }),
            },
            { title: 'Attribute', required: ['name'] },
          ),
          { description: 'Extra cookie attributes.' },
        ),
      },
      {
        title: 'HTTPCookie',
        description: 'Hash on this cookie (generated when absent).',
        required: ['name'],
      },
    ),
    useSourceIp: bool({ description: 'Hash on the source IP.' }),
    httpQueryParameterName: str({ description: 'Hash on this query parameter.' }),
    ringHash: obj(
      { minimumRingSize: int({ description: 'Minimum number of virtual nodes.', minimum: 0 }) },
      { title: 'RingHash', description: 'Ring hash algorithm settings.' },
    ),
    maglev: obj(
      { tableSize: int({ description: 'Lookup table size (a prime).', minimum: 0 }) },
      { title: 'MagLev', description: 'Maglev algorithm settings.' },
    ),
    minimumRingSize: int({ description: 'Deprecated: use ringHash.', minimum: 0 }),
  },
  {
    title: 'ConsistentHashLB',
    description: 'Sticky sessions by hashing a request property.',
    rules: [
      oneOf(['httpHeaderName', 'httpCookie', 'useSourceIp', 'httpQueryParameterName']),
      oneOf(['ringHash', 'maglev', 'minimumRingSize']),
    ],
  },
);

const localityFailover = list(
  obj(
    {
      from: str({ description: 'Source locality.' }),
      to: str({ description: 'Failover locality.' }),
    },
    { title: 'Failover' },
  ),
  { description: 'Where to fail over when a locality is unhealthy.' },
);

const loadBalancer = obj(
  {
    simple: str({
      description: 'Load balancing algorithm.',
      enum: ['UNSPECIFIED', 'LEAST_CONN', 'RANDOM', 'PASSTHROUGH', 'ROUND_ROBIN', 'LEAST_REQUEST'],
    }),
    consistentHash,
    localityLbSetting: obj(
      {
        distribute: list(
          obj(
            {
              from: str({ description: 'Source locality.' }),
              to: map(uint32('Weight.'), { description: 'Weights per destination locality.' }),
            },
            { title: 'Distribute' },
          ),
          { description: 'How traffic is spread across localities.' },
        ),
        failover: localityFailover,
        failoverPriority: list(str(), { description: 'Labels ordering endpoints for failover.' }),
        enabled: bool({ description: 'Turn locality load balancing on or off.' }),
      },
      { title: 'LocalityLoadBalancerSetting', description: 'Locality-aware load balancing.' },
    ),
    warmupDurationSecs: istioDuration('Time a new endpoint gets a reduced share of traffic.'),
    warmup: obj(
      {
        duration: istioDuration('How long a new endpoint warms up.'),
        minimumPercent: num({
          description: 'Share of traffic at the start of warmup.',
          minimum: 0,
          maximum: 100,
        }),
        aggression: num({ description: 'How fast traffic grows during warmup.', minimum: 0 }),
      },
      {
        title: 'WarmupConfiguration',
        description: 'Slow start for new endpoints.',
        required: ['duration'],
      },
    ),
    backendUtilization: obj(
      {},
      { title: 'BackendUtilizationLB', description: 'Balance by reported load.', open: true },
    ),
    zoneAwareLbSetting: obj(
      {},
      { title: 'ZoneAwareLbSetting', description: 'Zone-aware balancing.', open: true },
    ),
  },
  {
    title: 'LoadBalancerSettings',
    description: 'How requests are spread over endpoints.',
    rules: [oneOf(['simple', 'consistentHash', 'backendUtilization'])],
  },
);

const connectionPool = obj(
  {
    tcp: obj(
      {
        maxConnections: int({ description: 'Most connections to the destination.' }),
        connectTimeout: istioDuration('TCP connect timeout.'),
        tcpKeepalive: obj(
          {
            probes: uint32('Unanswered probes before the connection is dead.'),
            time: istioDuration('Idle time before probes start.'),
            interval: istioDuration('Time between probes.'),
          },
          { title: 'TcpKeepalive', description: 'TCP keepalive settings.' },
        ),
        maxConnectionDuration: istioDuration('Longest a connection lives.'),
        idleTimeout: istioDuration('Idle time before a connection is closed.', false),
      },
      { title: 'TCPSettings', description: 'Limits for TCP connections.' },
    ),
    http: obj(
      {
        http1MaxPendingRequests: int({
          description: 'Most requests queued while waiting for a connection.',
        }),
        http2MaxRequests: int({ description: 'Most active requests to the destination.' }),
        maxRequestsPerConnection: int({
          description: 'Requests per connection before it is closed.',
        }),
        maxRetries: int({ description: 'Most outstanding retries to the destination.' }),
        idleTimeout: istioDuration('Idle time before a connection is closed.'),
        h2UpgradePolicy: str({
          description: 'Whether HTTP/1.1 connections are upgraded to HTTP/2.',
          enum: ['DEFAULT', 'DO_NOT_UPGRADE', 'UPGRADE'],
        }),
        useClientProtocol: bool({ description: 'Use the client’s protocol to the destination.' }),
        maxConcurrentStreams: int({
          description: 'Most concurrent streams per HTTP/2 connection.',
        }),
        http2KeepAlive: obj(
          {
            interval: istioDuration('Time between HTTP/2 PINGs.'),
            timeout: istioDuration('Time to wait for a PING reply.'),
          },
          { title: 'HTTP2KeepAlive', description: 'HTTP/2 keepalive pings.' },
        ),
      },
      { title: 'HTTPSettings', description: 'Limits for HTTP requests.' },
    ),
  },
  {
    title: 'ConnectionPoolSettings',
    description: 'Connection and request limits (circuit breaking).',
  },
);

const outlierDetection = obj(
  {
    splitExternalLocalOriginErrors: bool({
      description: 'Count local errors apart from upstream errors.',
    }),
    consecutiveLocalOriginFailures: uint32('Local failures before ejection.'),
    consecutiveGatewayErrors: uint32('502/503/504 errors before ejection.'),
    consecutive5xxErrors: uint32('5xx errors before ejection.'),
    consecutiveErrors: int({ description: 'Deprecated: use consecutive5xxErrors.' }),
    interval: istioDuration('Time between ejection sweeps.'),
    baseEjectionTime: istioDuration('Minimum ejection time (grows with each ejection).'),
    maxEjectionPercent: int({ description: 'Most endpoints ejected at once, in percent.' }),
    minHealthPercent: int({
      description: 'Outlier detection stops below this healthy percentage.',
    }),
    outlierDetectionHttpErrorCodes: list(int({ minimum: 100, maximum: 599 }), {
      description: 'HTTP status codes counted as errors.',
    }),
  },
  { title: 'OutlierDetection', description: 'Ejects endpoints that keep failing.' },
);

const clientTls = obj(
  {
    mode: str({
      description: 'TLS mode toward the destination.',
      enum: ['DISABLE', 'SIMPLE', 'MUTUAL', 'ISTIO_MUTUAL'],
    }),
    clientCertificate: str({ description: 'Path to the client certificate file.' }),
    privateKey: str({ description: 'Path to the client key file.' }),
    caCertificates: str({ description: 'Path to the CA bundle verifying the server.' }),
    credentialName: str({ description: 'Secret holding client certificate, key and CA.' }),
    subjectAltNames: list(str(), { description: 'Server certificate names that are accepted.' }),
    sni: str({ description: 'SNI sent to the destination.' }),
    insecureSkipVerify: bool({ description: 'Skip verifying the server certificate.' }),
    caCrl: str({ description: 'Path to the certificate revocation list.' }),
  },
  { title: 'ClientTLSSettings', description: 'TLS from the proxy to the destination.' },
);

const policyFields: Record<string, Schema> = {
  loadBalancer,
  connectionPool,
  outlierDetection,
  tls: clientTls,
};

const trafficPolicy = obj(
  {
    ...policyFields,
    portLevelSettings: list(
      obj({ port: portSelector, ...policyFields }, { title: 'PortTrafficPolicy' }),
      { description: 'Overrides for specific ports.', maxItems: 4096 },
    ),
    tunnel: obj(
      {
        protocol: str({ description: 'Tunnel protocol.', examples: ['CONNECT', 'POST'] }),
        targetHost: str({ description: 'Host the tunnel connects to.' }),
        targetPort: uint32('Port the tunnel connects to.'),
      },
      {
        title: 'TunnelSettings',
        description: 'Tunnels TCP over HTTP.',
        required: ['targetHost', 'targetPort'],
      },
    ),
    proxyProtocol: obj(
      { version: str({ description: 'PROXY protocol version.', enum: ['V1', 'V2'] }) },
      { title: 'ProxyProtocol', description: 'Sends the PROXY protocol header upstream.' },
    ),
    retryBudget: obj(
      {
        percent: num({
          description: 'Retries allowed as a share of active requests.',
          minimum: 0,
          maximum: 100,
        }),
        minRetryConcurrency: uint32('Retries always allowed.'),
        budgetInterval: istioDuration('Window over which active requests are counted.', false),
      },
      { title: 'RetryBudget', description: 'Limits retries to a share of active requests.' },
    ),
  },
  { title: 'TrafficPolicy', description: 'Policies applied to traffic to the host.' },
);

const workloadSelector = obj(
  {
    matchLabels: map(
      str({
        maxLength: 63,
        rules: [
          cel(
            'istio-selector-value-wildcard',
            'wildcard not allowed in label value match',
            (v: string) => !v.includes('*'),
          ),
        ],
      }),
      {
        description: 'Labels the workloads must have.',
        maxProperties: 4096,
        rules: [
          cel(
            'istio-selector-key-wildcard',
            'wildcard not allowed in label key match',
            (m: object) =>
              Object.keys(m)
                .filter((k) => k.includes('*'))
                .map((k) => [k]),
          ),
          cel(
            'istio-selector-key-empty',
            'key must not be empty',
            (m: object) => !Object.keys(m).includes(''),
          ),
        ],
      },
    ),
  },
  {
    title: 'WorkloadSelector',
    description: 'Workloads (sidecars) this rule applies to; all when omitted.',
  },
);

const spec = obj(
  {
    host: str({ description: 'Service the rule applies to (short name or FQDN).' }),
    trafficPolicy,
    subsets: list(
      obj(
        {
          name: str({ description: 'Name of the subset, used by VirtualService destinations.' }),
          labels: map(str(), { description: 'Endpoint labels that select the subset.' }),
          trafficPolicy: doc('Overrides of the rule’s policy for this subset.', trafficPolicy),
        },
        { title: 'Subset', required: ['name'] },
      ),
      { description: 'Named groups of endpoints (versions).' },
    ),
    exportTo,
    workloadSelector,
  },
  { title: 'DestinationRule', required: ['host'] },
);

export function destinationRule(apiVersion: string): ObjectSchema {
  return resourceShell('DestinationRule', apiVersion, {
    spec: doc('Policies for traffic to the host.', spec),
    status,
  });
}
