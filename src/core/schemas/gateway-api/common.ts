/** Gateway API value types shared by every kind (the CRDs' `Group`, `Kind`, `Hostname`, …). */
import { DNS_LABEL, DNS_SUBDOMAIN, labelSelector } from '../common.ts';
import {
  doc,
  int,
  list,
  map,
  obj,
  ruleIn,
  str,
  type ObjectSchema,
  type Rule,
  type StringSchema,
} from '../dsl.ts';
import { EXPERIMENTAL_ONLY } from './target.ts';

const LABEL_PART = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
/** A DNS subdomain without anchors, to build other patterns from. */
export const DNS_SUBDOMAIN_PATTERN = `${LABEL_PART}(\\.${LABEL_PART})*`;
export const GROUP_PATTERN = `^$|^${DNS_SUBDOMAIN_PATTERN}$`;
export const KIND_PATTERN = '^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$';
export const HOSTNAME_PATTERN = `^(\\*\\.)?${LABEL_PART}(\\.${LABEL_PART})*$`;
export const HEADER_NAME_PATTERN = "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$";
export const DURATION_PATTERN = '^([0-9]{1,5}(h|m|s|ms)){1,4}$';
/** A controller name or other domain-prefixed path, `example.com/name`. */
export const DOMAIN_PREFIXED_PATTERN = `^${LABEL_PART}(\\.${LABEL_PART})*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$`;

/** Visible ASCII, words separated by one space or tab: header values on the experimental channel. */
export const HEADER_VALUE_PATTERN = '^[!-~]+([\\t ]?[!-~]+)*$';
const headerValue = new RegExp(HEADER_VALUE_PATTERN);

/**
 * The experimental CRDs' pattern on header values (matches and header modifiers); the standard
 * CRDs have none. A rule rather than a `pattern`, because it depends on the channel.
 */
export const headerValueRule: Rule = ruleIn(EXPERIMENTAL_ONLY, {
  id: 'header-value-pattern',
  code: 'schema-pattern',
  message: (v: string) =>
    `must be visible ASCII characters with single spaces or tabs between them (got ${JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v)})`,
  check: (v: string) => headerValue.test(v),
});

export const group = (description: string, dflt?: string): StringSchema =>
  str({ description, pattern: GROUP_PATTERN, maxLength: 253, default: dflt });
export const kind = (description: string, dflt?: string): StringSchema =>
  str({ description, pattern: KIND_PATTERN, minLength: 1, maxLength: 63, default: dflt });
export const objectName = (description: string): StringSchema =>
  str({ description, minLength: 1, maxLength: 253 });
export const namespace = (description: string): StringSchema =>
  str({ description, pattern: DNS_LABEL, minLength: 1, maxLength: 63 });
export const sectionName = (description: string): StringSchema =>
  str({ description, pattern: DNS_SUBDOMAIN, minLength: 1, maxLength: 253 });
export const portNumber = (description: string) => int({ description, minimum: 1, maximum: 65535 });
/** A hostname that may start with a `*.` wildcard label. */
export const hostname = (description: string): StringSchema =>
  str({ description, pattern: HOSTNAME_PATTERN, minLength: 1, maxLength: 253 });
/** A fully qualified hostname, no wildcard. */
export const preciseHostname = (description: string): StringSchema =>
  str({ description, pattern: DNS_SUBDOMAIN, minLength: 1, maxLength: 253 });
export const duration = (description: string): StringSchema =>
  str({ description, pattern: DURATION_PATTERN, format: 'duration' });
export const headerName = (description: string): StringSchema =>
  str({ description, pattern: HEADER_NAME_PATTERN, minLength: 1, maxLength: 256 });
/** The name of a rule, used to target it from policies. */
export const ruleName = sectionName('Optional name of the rule, for policies and status.');

/** A reference to a Secret or another certificate holder, possibly in another namespace. */
export const secretObjectReference = obj(
  {
    group: group('API group of the referent; empty for core.', ''),
    kind: kind('Kind of the referent.', 'Secret'),
    name: objectName('Name of the referent.'),
    namespace: namespace(
      'Namespace of the referent; a ReferenceGrant is needed across namespaces.',
    ),
  },
  { title: 'SecretObjectReference', required: ['name'] },
);

/** A reference to an object in the same namespace, by group, kind and name (all required). */
export const localObjectReference = (title: string, description: string): ObjectSchema =>
  obj(
    {
      group: group('API group of the referent.'),
      kind: kind('Kind of the referent.'),
      name: objectName('Name of the referent.'),
    },
    { title, description, required: ['group', 'kind', 'name'] },
  );

/** Where a resource is allowed to be written from: route or listener namespaces. */
export const namespaceSelector = (values: readonly string[], dflt: string, what: string) =>
  obj(
    {
      from: str({
        description: `Which namespaces ${what} may come from.`,
        enum: values,
        default: dflt,
      }),
      selector: doc('Namespaces whose labels match, when from is Selector.', labelSelector),
    },
    { title: 'Namespaces', default: { from: dflt } },
  );

/** `key: value` options for implementation-specific settings. */
export const options = (description: string) =>
  map(str({ maxLength: 4096, description: 'Option value.' }), { description, maxProperties: 16 });

export const hostnames = (description: string, maxItems = 16) =>
  list(hostname('A hostname to match; `*.example.com` matches one or more labels.'), {
    description,
    maxItems,
    listType: 'atomic',
  });
