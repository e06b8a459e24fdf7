/** BackendTLSPolicy (v1, v1alpha3): how Gateways verify TLS to a backend. */
import { resourceShell, status } from '../common.ts';
import { cel, doc, list, obj, str, type ObjectSchema } from '../dsl.ts';
import {
  DNS_SUBDOMAIN_PATTERN,
  group,
  hostname,
  kind,
  objectName,
  options,
  preciseHostname,
  sectionName,
} from './common.ts';
import { sectionNameRules } from './parent-ref.ts';

const present = (v: unknown) => v !== undefined && v !== '';

const subjectAltName = obj(
  {
    type: str({
      description: 'Whether the name is a hostname or a URI.',
      enum: ['Hostname', 'URI'],
    }),
    hostname: hostname('DNS name expected in the certificate, for type Hostname.'),
    uri: str({
      description: 'URI expected in the certificate, for type URI.',
      pattern: '^(([^:/?#]+):)(//([^/?#]*))([^?#]*)(\\?([^#]*))?(#(.*))?',
      minLength: 1,
      maxLength: 253,
    }),
  },
  {
    title: 'SubjectAltName',
    required: ['type'],
    rules: [
      cel(
        'san-hostname-required',
        'SubjectAltName element must contain Hostname, if Type is set to Hostname',
        (s) => !(s.type === 'Hostname' && !present(s.hostname)),
      ),
      cel(
        'san-hostname-forbidden',
        'SubjectAltName element must not contain Hostname, if Type is not set to Hostname',
        (s) => !(s.type !== 'Hostname' && present(s.hostname)),
      ),
      cel(
        'san-uri-required',
        'SubjectAltName element must contain URI, if Type is set to URI',
        (s) => !(s.type === 'URI' && !present(s.uri)),
      ),
      cel(
        'san-uri-forbidden',
        'SubjectAltName element must not contain URI, if Type is not set to URI',
        (s) => !(s.type !== 'URI' && present(s.uri)),
      ),
    ],
  },
);

const validation = obj(
  {
    caCertificateRefs: list(
      obj(
        {
          group: group('API group of the referent; empty for core.'),
          kind: kind('Kind of the referent, e.g. ConfigMap.'),
          name: objectName('Name of the referent.'),
        },
        { title: 'LocalObjectReference', required: ['group', 'kind', 'name'] },
      ),
      {
        description: 'CA bundles that sign the backend’s certificate.',
        maxItems: 8,
        listType: 'atomic',
      },
    ),
    wellKnownCACertificates: str({
      description: 'Use the system’s trusted CAs instead of caCertificateRefs.',
      examples: ['System'],
      pattern: `^(System|(${DNS_SUBDOMAIN_PATTERN}/([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]))$`,
      minLength: 1,
      maxLength: 253,
    }),
    hostname: preciseHostname('SNI sent to the backend and name expected in its certificate.'),
    subjectAltNames: list(subjectAltName, {
      description: 'Names accepted in the certificate instead of hostname.',
      maxItems: 5,
      listType: 'atomic',
    }),
  },
  {
    title: 'BackendTLSPolicyValidation',
    description: 'How the backend certificate is verified.',
    required: ['hostname'],
    rules: [
      cel(
        'validation-ca-xor-well-known',
        'must not contain both CACertificateRefs and WellKnownCACertificates',
        (v) => !((v.caCertificateRefs?.length ?? 0) > 0 && present(v.wellKnownCACertificates)),
      ),
      cel(
        'validation-ca-or-well-known',
        'must specify either CACertificateRefs or WellKnownCACertificates',
        (v) => (v.caCertificateRefs?.length ?? 0) > 0 || present(v.wellKnownCACertificates),
      ),
    ],
  },
);

const spec = obj(
  {
    targetRefs: list(
      obj(
        {
          group: group('API group of the target; empty for core Services.'),
          kind: kind('Kind of the target, e.g. Service.'),
          name: objectName('Name of the target.'),
          sectionName: sectionName('Port name of the target; all ports when omitted.'),
        },
        { title: 'LocalPolicyTargetReferenceWithSectionName', required: ['group', 'kind', 'name'] },
      ),
      {
        description: 'Backends (usually Services) the policy applies to.',
        minItems: 1,
        maxItems: 16,
        listType: 'atomic',
        rules: sectionNameRules('targetRefs', 'target'),
      },
    ),
    validation,
    options: options('Implementation-specific TLS settings.'),
  },
  { title: 'BackendTLSPolicySpec', required: ['targetRefs', 'validation'] },
);

export function backendTlsPolicy(apiVersion: string): ObjectSchema {
  return resourceShell('BackendTLSPolicy', apiVersion, {
    spec: doc('Targets and certificate validation.', spec),
    status,
  });
}
