/** Gateway (gateway.networking.k8s.io v1, v1beta1). */
import { QUALIFIED_KEY, LABEL_VALUE, resourceShell, status } from '../common.ts';
import {
  cel,
  doc,
  exp,
  inChannels,
  list,
  map,
  obj,
  sizeLimit,
  str,
  type Data,
  type ObjectSchema,
  type Rule,
} from '../dsl.ts';
import {
  DOMAIN_PREFIXED_PATTERN,
  HOSTNAME_PATTERN,
  group,
  kind,
  localObjectReference,
  namespace,
  namespaceSelector,
  objectName,
  portNumber,
  secretObjectReference,
} from './common.ts';
import { listeners } from './listeners.ts';
import type { Availability } from './target.ts';
import { isIpAddress } from './ip.ts';

const hostnameValue = new RegExp(HOSTNAME_PATTERN);
const UNTIL_V1_6: Availability = { standard: 'v1.4', experimental: 'v1.4', removedIn: 'v1.6' };
const STANDARD_SINCE_V1_5: Availability = { standard: 'v1.5', experimental: 'v1.4' };

const addressValueUnique = (type: string): Rule =>
  cel(`address-${type}-unique`, `${type} values must be unique`, (all: Data[]) =>
    all.flatMap((a, i) =>
      a.type === type &&
      a.value !== undefined &&
      all.slice(0, i).some((b) => b.type === type && b.value === a.value)
        ? [[i, 'value']]
        : [],
    ),
  );

const address = obj(
  {
    type: str({
      description: 'Kind of address: IPAddress, Hostname, NamedAddress or a domain-prefixed type.',
      examples: ['IPAddress', 'Hostname', 'NamedAddress'],
      pattern: `^Hostname|IPAddress|NamedAddress|${DOMAIN_PREFIXED_PATTERN.slice(1)}`,
      minLength: 1,
      maxLength: 253,
      default: 'IPAddress',
    }),
    value: str({
      description: 'The requested address; assigned by the implementation when empty.',
      maxLength: 253,
    }),
  },
  {
    title: 'GatewaySpecAddress',
    rules: [
      {
        id: 'address-ip-format',
        code: 'schema-pattern',
        message: (a: Data) =>
          `value must be an IPv4 or IPv6 address when type is IPAddress (got "${a.value}")`,
        check: (a) =>
          a.type === 'IPAddress' && a.value !== undefined ? isIpAddress(a.value) : true,
      },
      cel(
        'address-hostname-chars',
        'Hostname value must be empty or contain only valid characters (matching ^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$)',
        (a) =>
          a.type === 'Hostname' && a.value !== undefined ? hostnameValue.test(a.value) : true,
      ),
    ],
  },
);

const keysRules = (what: 'Annotation' | 'Label', noun: string): Rule[] => {
  const key = new RegExp(QUALIFIED_KEY);
  return [
    cel(
      `infrastructure-${noun}-key`,
      `${what} keys must be in the form of an optional DNS subdomain prefix followed by a required name segment of up to 63 characters.`,
      (m: Record<string, unknown>) =>
        Object.keys(m)
          .filter((k) => !key.test(k))
          .map((k) => [k]),
    ),
    cel(
      `infrastructure-${noun}-prefix-length`,
      `If specified, the ${noun} key's prefix must be a DNS subdomain not longer than 253 characters in total.`,
      (m: Record<string, unknown>) =>
        Object.keys(m)
          .filter((k) => (k.split('/')[0] ?? '').length >= 253)
          .map((k) => [k]),
    ),
  ];
};

const infrastructure = obj(
  {
    labels: map(str({ pattern: LABEL_VALUE, maxLength: 63 }), {
      description: 'Labels put on the resources the implementation creates for this Gateway.',
      maxProperties: 8,
      rules: keysRules('Label', 'label'),
    }),
    annotations: map(str({ maxLength: 4096 }), {
      description: 'Annotations put on the resources the implementation creates for this Gateway.',
      maxProperties: 16,
      // 8 before v1.6 (#4707).
      rules: [...keysRules('Annotation', 'annotation'), sizeLimit(UNTIL_V1_6, 'max', 8, 'entry')],
    }),
    parametersRef: localObjectReference(
      'LocalParametersReference',
      'Implementation-specific configuration for this Gateway.',
    ),
  },
  {
    title: 'GatewayInfrastructure',
    description: 'Settings for the infrastructure that runs the Gateway.',
  },
);

const caCertificateRefs = list(
  obj(
    {
      group: group('API group of the referent; empty for core.'),
      kind: kind('Kind of the referent, e.g. ConfigMap.'),
      name: objectName('Name of the referent.'),
      namespace: namespace('Namespace of the referent.'),
    },
    { title: 'ObjectReference', required: ['group', 'kind', 'name'] },
  ),
  {
    description: 'CA bundles used to verify client certificates.',
    minItems: 1,
    maxItems: 16,
    // 8 before v1.6 (#4088).
    rules: [sizeLimit(UNTIL_V1_6, 'max', 8)],
  },
);

const frontendValidation = obj(
  {
    validation: obj(
      {
        caCertificateRefs,
        mode: str({
          description: 'Reject clients without a valid certificate, or let them through.',
          enum: ['AllowValidOnly', 'AllowInsecureFallback'],
          default: 'AllowValidOnly',
        }),
      },
      {
        title: 'FrontendTLSValidation',
        description: 'How client certificates are verified.',
        required: ['caCertificateRefs'],
      },
    ),
  },
  { title: 'TLSConfig' },
);

const gatewayTls = obj(
  {
    backend: obj(
      {
        clientCertificateRef: doc(
          'Client certificate presented to backends.',
          secretObjectReference,
        ),
      },
      { title: 'GatewayBackendTLS', description: 'TLS settings for connections to backends.' },
    ),
    frontend: obj(
      {
        default: doc('Client certificate validation for every HTTPS port.', frontendValidation),
        perPort: list(
          obj(
            { port: portNumber('Port the settings apply to.'), tls: frontendValidation },
            { title: 'TLSPortConfig', required: ['port', 'tls'] },
          ),
          {
            description: 'Overrides of the default for specific ports.',
            maxItems: 64,
            listType: 'map',
            rules: [
              cel(
                'tls-per-port-unique',
                'Port for TLS configuration must be unique within the Gateway',
                (all: Data[]) =>
                  all.flatMap((t, i) =>
                    all.slice(0, i).some((o) => o.port === t.port) ? [[i, 'port']] : [],
                  ),
              ),
            ],
          },
        ),
      },
      {
        title: 'FrontendTLSConfig',
        description: 'Client certificate validation.',
        required: ['default'],
      },
    ),
  },
  { title: 'GatewayTLSConfig', description: 'Gateway-wide TLS settings.' },
);

const spec = obj(
  {
    gatewayClassName: str({
      description: 'GatewayClass that provides this Gateway.',
      minLength: 1,
      maxLength: 253,
    }),
    listeners: listeners('Gateway'),
    addresses: list(address, {
      description: 'Addresses requested for the Gateway.',
      maxItems: 16,
      listType: 'atomic',
      rules: [addressValueUnique('IPAddress'), addressValueUnique('Hostname')],
    }),
    infrastructure,
    // ListenerSets and Gateway TLS (client certificates) are standard since v1.5.
    allowedListeners: inChannels(
      STANDARD_SINCE_V1_5,
      obj(
        {
          namespaces: namespaceSelector(
            ['All', 'Selector', 'Same', 'None'],
            'None',
            'ListenerSets',
          ),
        },
        {
          title: 'AllowedListeners',
          description: 'Which ListenerSets may add listeners to this Gateway.',
        },
      ),
    ),
    tls: inChannels(STANDARD_SINCE_V1_5, gatewayTls),
    defaultScope: exp(
      str({
        description: 'Whether routes may attach by default (experimental).',
        enum: ['All', 'None'],
      }),
    ),
  },
  { title: 'GatewaySpec', required: ['gatewayClassName', 'listeners'] },
);

export function gateway(apiVersion: string): ObjectSchema {
  return resourceShell('Gateway', apiVersion, {
    spec: doc('Listeners, addresses and settings of the Gateway.', spec),
    status,
  });
}
