/**
 * TLSRoute. v1alpha2 allows 16 rules and optional hostnames; v1alpha3 and v1 require hostnames,
 * check them with CEL rules, and allow one rule.
 */
import { resourceShell, status } from '../common.ts';
import { cel, doc, list, obj, type ObjectSchema } from '../dsl.ts';
import { hostname } from './common.ts';
import { l4Rules } from './l4-route.ts';
import { parentRefs } from './parent-ref.ts';
import { useDefaultGateways } from './route-common.ts';
import { isIpAddress } from './ip.ts';

const RFC1123 = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)$/;

const isIP = (h: string) => isIpAddress(h);
const each = (test: (h: string) => boolean) => (hosts: string[]) =>
  hosts.flatMap((h, i) => (test(h) ? [] : [[i]]));

const hostnameRules = [
  cel(
    'tls-hostnames-no-ip',
    'Hostnames cannot contain an IP',
    each((h) => !isIP(h)),
  ),
  cel(
    'tls-hostnames-rfc1123',
    'Hostnames must be valid based on RFC-1123',
    each((h) => h.includes('*') || RFC1123.test(h)),
  ),
  cel(
    'tls-hostnames-wildcard',
    'Wildcards on hostnames must be the first label, and the rest of hostname must be valid based on RFC-1123',
    each((h) => !h.includes('*') || (h.startsWith('*.') && RFC1123.test(h.slice(2)))),
  ),
];

/** TLSRoute for one served version. */
export function tlsRoute(apiVersion: string, version: string): ObjectSchema {
  const alpha2 = version === 'v1alpha2';
  const spec = obj(
    {
      parentRefs,
      hostnames: list(
        hostname('An SNI name to match; `*.example.com` matches one or more labels.'),
        {
          description: 'SNI names this route serves.',
          minItems: alpha2 ? undefined : 1,
          maxItems: 1024,
          listType: 'atomic',
          rules: alpha2 ? [] : hostnameRules,
        },
      ),
      useDefaultGateways,
      rules: l4Rules('TLSRoute', alpha2 ? 16 : 1),
    },
    { title: 'TLSRouteSpec', required: alpha2 ? ['rules'] : ['hostnames', 'rules'] },
  );
  return resourceShell('TLSRoute', apiVersion, {
    spec: doc('Where TLS connections go, by SNI.', spec),
    status,
  });
}
