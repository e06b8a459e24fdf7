/** Listeners, shared by Gateway and ListenerSet, with the CRDs' CEL rules on the list. */
import { cel, list, obj, ruleIn, str, type Data, type ListSchema, type Rule } from '../dsl.ts';
import { since } from './target.ts';
import { DNS_SUBDOMAIN } from '../common.ts';
import {
  group,
  hostname,
  kind,
  namespaceSelector,
  options,
  portNumber,
  secretObjectReference,
} from './common.ts';

/** Protocols every implementation knows; others must be domain-prefixed (`example.com/FOO`). */
export const CORE_PROTOCOLS = ['HTTP', 'HTTPS', 'TLS', 'TCP', 'UDP'];
const PROTOCOL_PATTERN =
  '^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$';

/**
 * The CRD's pattern admits any single word, but the spec reserves unprefixed names for the core
 * protocols: an unknown one (a typo such as `HTTPX`) is reported as an enum error.
 */
const protocolRule: Rule = {
  id: 'listener-protocol-known',
  code: 'schema-enum',
  message: (p: string) =>
    `must be one of ${CORE_PROTOCOLS.join(', ')} or a domain-prefixed protocol such as example.com/PROTO (got "${p}")`,
  check: (p: string) => p.includes('/') || CORE_PROTOCOLS.includes(p),
};

const listenerTls = obj(
  {
    mode: str({
      description: 'Terminate TLS at the Gateway, or pass it through to the backend.',
      enum: ['Terminate', 'Passthrough'],
      default: 'Terminate',
    }),
    certificateRefs: list(secretObjectReference, {
      description: 'Secrets holding the certificate and key presented to clients.',
      maxItems: 64,
      listType: 'atomic',
    }),
    options: options('Implementation-specific TLS settings.'),
  },
  {
    title: 'ListenerTLSConfig',
    description: 'TLS settings of the listener.',
    rules: [
      cel(
        'listener-tls-terminate-needs-certs',
        'certificateRefs or options must be specified when mode is Terminate',
        (t) =>
          t.mode !== 'Terminate' ||
          (t.certificateRefs?.length ?? 0) > 0 ||
          Object.keys(t.options ?? {}).length > 0,
      ),
    ],
  },
);

const allowedRoutes = obj(
  {
    namespaces: namespaceSelector(['All', 'Selector', 'Same'], 'Same', 'attached routes'),
    kinds: list(
      obj(
        {
          group: group('API group of the route kind.', 'gateway.networking.k8s.io'),
          kind: kind('Route kind, e.g. HTTPRoute.'),
        },
        { title: 'RouteGroupKind', required: ['kind'] },
      ),
      {
        description: 'Route kinds that may attach; chosen from the protocol when omitted.',
        maxItems: 8,
      },
    ),
  },
  {
    title: 'AllowedRoutes',
    description: 'Which routes may attach to this listener.',
    default: { namespaces: { from: 'Same' } },
  },
);

const listener = obj(
  {
    name: str({
      description: 'Unique name of the listener; routes attach to it with sectionName.',
      pattern: DNS_SUBDOMAIN,
      minLength: 1,
      maxLength: 253,
    }),
    hostname: hostname('Host (or SNI) this listener accepts; all when omitted.'),
    port: portNumber('Network port the listener accepts connections on.'),
    protocol: str({
      description: 'Protocol the listener speaks.',
      examples: CORE_PROTOCOLS,
      pattern: PROTOCOL_PATTERN,
      minLength: 1,
      maxLength: 255,
      rules: [protocolRule],
    }),
    tls: listenerTls,
    allowedRoutes,
  },
  { title: 'Listener', required: ['name', 'port', 'protocol'] },
);

const eachListener =
  (test: (l: Data, i: number, all: Data[]) => boolean, at: (string | number)[] = []) =>
  (all: Data[]) =>
    all.flatMap((l, i) => (test(l, i, all) ? [] : [[i, ...at]]));

const sameHost = (a: Data, b: Data) =>
  a.hostname !== undefined && b.hostname !== undefined
    ? a.hostname === b.hostname
    : a.hostname === undefined && b.hostname === undefined;

/** The listener list; ListenerSet's uniqueness rule skips listeners without a port. */
export function listeners(owner: 'Gateway' | 'ListenerSet'): ListSchema {
  const rules: Rule[] = [
    cel(
      'listener-tls-forbidden',
      "tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']",
      eachListener(
        (l) => !['HTTP', 'TCP', 'UDP'].includes(l.protocol) || l.tls === undefined,
        ['tls'],
      ),
    ),
    cel(
      'listener-https-terminate',
      'tls mode must be Terminate for protocol HTTPS',
      eachListener(
        (l) =>
          !(l.protocol === 'HTTPS' && l.tls) || l.tls.mode === '' || l.tls.mode === 'Terminate',
        ['tls', 'mode'],
      ),
    ),
    // Since v1.5 (#4441); the mode defaulted to Terminate before.
    ruleIn(
      since('v1.5'),
      cel(
        'listener-tls-mode-required',
        'tls mode must be set for protocol TLS',
        eachListener(
          (l) => l.protocol !== 'TLS' || (l.tls?.mode !== undefined && l.tls.mode !== ''),
        ),
      ),
    ),
    cel(
      'listener-hostname-forbidden',
      "hostname must not be specified for protocols ['TCP', 'UDP']",
      eachListener(
        (l) =>
          !['TCP', 'UDP'].includes(l.protocol) || l.hostname === undefined || l.hostname === '',
        ['hostname'],
      ),
    ),
    cel(
      'listener-name-unique',
      'Listener name must be unique within the Gateway',
      eachListener((l, i, all) => !all.slice(0, i).some((o) => o.name === l.name), ['name']),
    ),
    cel(
      'listener-port-protocol-hostname-unique',
      'Combination of port, protocol and hostname must be unique for each listener',
      eachListener(
        (l, i, all) =>
          (owner === 'ListenerSet' && l.port === undefined) ||
          !all
            .slice(0, i)
            .some((o) => o.port === l.port && o.protocol === l.protocol && sameHost(o, l)),
      ),
    ),
  ];
  return list(listener, {
    description: 'Where the Gateway accepts traffic: port, protocol, hostname and TLS.',
    minItems: 1,
    maxItems: 64,
    // A map list keyed by name; the CEL rule reports duplicate names, so no key check here too.
    listType: 'map',
    rules,
  });
}
