/** Istio Gateway (networking.istio.io v1, v1beta1, v1alpha3): ports and TLS of mesh ingress/egress. */
import { resourceShell, status } from '../common.ts';
import { bool, cel, doc, list, map, obj, str, type ObjectSchema } from '../dsl.ts';
import { tlsProtocolVersion, uint32 } from './common.ts';

const PROTOCOLS = ['HTTP', 'HTTPS', 'GRPC', 'GRPC-WEB', 'HTTP2', 'MONGO', 'TCP', 'TLS'];

const countSet = (t: Record<string, unknown>, keys: string[]) =>
  keys.filter((k) => t[k] !== undefined).length;

const serverTls = obj(
  {
    mode: str({
      description: 'How TLS is handled on this port.',
      enum: [
        'PASSTHROUGH',
        'SIMPLE',
        'MUTUAL',
        'AUTO_PASSTHROUGH',
        'ISTIO_MUTUAL',
        'OPTIONAL_MUTUAL',
      ],
    }),
    httpsRedirect: bool({ description: 'Redirect plain HTTP requests on this host to HTTPS.' }),
    credentialName: str({
      description: 'Secret holding the certificate, key and (for MUTUAL) CA.',
    }),
    credentialNames: list(str(), {
      description: 'Up to two Secrets (e.g. RSA and ECDSA certificates).',
      minItems: 1,
      maxItems: 2,
    }),
    serverCertificate: str({ description: 'Path to the server certificate file.' }),
    privateKey: str({ description: 'Path to the private key file.' }),
    caCertificates: str({ description: 'Path to the CA bundle used to verify clients.' }),
    caCertCredentialName: str({
      description: 'Secret holding the CA bundle used to verify clients.',
    }),
    caCrl: str({ description: 'Path to the certificate revocation list.' }),
    tlsCertificates: list(
      obj(
        {
          serverCertificate: str({ description: 'Path to the server certificate file.' }),
          privateKey: str({ description: 'Path to the private key file.' }),
          caCertificates: str({ description: 'Path to the CA bundle.' }),
        },
        { title: 'TLSCertificate' },
      ),
      { description: 'Up to two certificate files (RSA and ECDSA).', minItems: 1, maxItems: 2 },
    ),
    subjectAltNames: list(str(), { description: 'Client certificate names that are accepted.' }),
    verifyCertificateSpki: list(str(), { description: 'Accepted client key SPKI hashes.' }),
    verifyCertificateHash: list(str(), { description: 'Accepted client certificate hashes.' }),
    minProtocolVersion: tlsProtocolVersion('Lowest TLS version accepted.'),
    maxProtocolVersion: tlsProtocolVersion('Highest TLS version accepted.'),
    cipherSuites: list(str(), { description: 'Cipher suites offered, in order.' }),
    ecdhCurves: list(str(), { description: 'ECDH curves offered.' }),
    insecureSkipVerify: bool({ description: 'Skip verifying client certificates.' }),
  },
  {
    title: 'ServerTLSSettings',
    description: 'TLS settings of the server.',
    rules: [
      cel(
        'istio-tls-credential-names-xor-certificates',
        'only one of credentialNames or tlsCertificates can be set',
        (t) => countSet(t, ['tlsCertificates', 'credentialNames']) <= 1,
      ),
      cel(
        'istio-tls-credential-name-xor-names',
        'only one of credentialName or credentialNames can be set',
        (t) => countSet(t, ['credentialName', 'credentialNames']) <= 1,
      ),
    ],
  },
);

const server = obj(
  {
    port: obj(
      {
        number: uint32('Port the proxy listens on.'),
        protocol: str({
          description: 'Protocol on the port (HTTP, HTTPS, GRPC, HTTP2, MONGO, TCP or TLS).',
          examples: PROTOCOLS,
        }),
        name: str({ description: 'Name of the port.' }),
        targetPort: uint32('Port on the workload that receives the traffic.'),
      },
      {
        title: 'Port',
        description: 'Port, protocol and name of the server.',
        required: ['number', 'protocol', 'name'],
      },
    ),
    bind: str({ description: 'Address or Unix socket the listener binds to.' }),
    hosts: list(str(), { description: 'Hosts exposed, as `namespace/host`; `*` for all.' }),
    tls: serverTls,
    defaultEndpoint: str({
      description: 'Loopback address or socket traffic is forwarded to (sidecars).',
    }),
    name: str({ description: 'Optional name of the server, for reference.' }),
  },
  { title: 'Server', required: ['port', 'hosts'] },
);

const spec = obj(
  {
    servers: list(server, { description: 'Ports the gateway exposes, with hosts and TLS.' }),
    selector: doc('Labels of the gateway workload pods this config applies to.', map(str())),
  },
  { title: 'Gateway' },
);

export function istioGateway(apiVersion: string): ObjectSchema {
  return resourceShell('Gateway', apiVersion, {
    spec: doc('Servers of the Istio gateway.', spec),
    status,
  });
}
