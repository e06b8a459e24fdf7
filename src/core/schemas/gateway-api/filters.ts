/** Route filters: header modifiers, mirror, redirect, rewrite, CORS, extension and external auth. */
import {
  bool,
  cel,
  doc,
  exp,
  inChannels,
  int,
  list,
  obj,
  ruleIn,
  str,
  type ListSchema,
  type ObjectSchema,
  type Rule,
  type Schema,
} from '../dsl.ts';
import { backendObjectReference } from './backend-ref.ts';
import { EXPERIMENTAL_ONLY, since, type Availability } from './target.ts';
import {
  HEADER_NAME_PATTERN,
  headerName,
  headerValueRule,
  localObjectReference,
  portNumber,
  preciseHostname,
} from './common.ts';

const headerValues = list(
  obj(
    {
      name: headerName('Header name (case-insensitive).'),
      value: str({
        description: 'Header value.',
        minLength: 1,
        maxLength: 4096,
        rules: [headerValueRule],
      }),
    },
    { title: 'HTTPHeader', required: ['name', 'value'] },
  ),
  { maxItems: 16, listType: 'map', mapKeys: ['name'] },
);

export const headerModifier = (direction: 'request' | 'response'): ObjectSchema =>
  obj(
    {
      set: doc(`${direction} headers to overwrite (or add when absent).`, headerValues),
      add: doc(`${direction} headers to append to any existing value.`, headerValues),
      remove: list(str({ pattern: HEADER_NAME_PATTERN }), {
        description: `Names of ${direction} headers to remove.`,
        maxItems: 16,
        listType: 'set',
      }),
    },
    { title: 'HTTPHeaderFilter', description: `Changes ${direction} headers.` },
  );

export const requestMirror = obj(
  {
    backendRef: doc('Backend that receives a copy of each request.', backendObjectReference),
    percent: int({ description: 'Percentage of requests to mirror.', minimum: 0, maximum: 100 }),
    fraction: obj(
      {
        numerator: int({ description: 'Mirrored requests per denominator.', minimum: 0 }),
        denominator: int({ description: 'Out of this many requests.', minimum: 1, default: 100 }),
      },
      {
        title: 'Fraction',
        description: 'Share of requests to mirror, as numerator/denominator.',
        required: ['numerator'],
        rules: [
          cel(
            'fraction-le-one',
            'numerator must be less than or equal to denominator',
            (f) => f.numerator <= f.denominator,
          ),
        ],
      },
    ),
  },
  {
    title: 'HTTPRequestMirrorFilter',
    description: 'Sends a copy of requests to another backend; responses are ignored.',
    required: ['backendRef'],
    rules: [
      cel(
        'mirror-percent-or-fraction',
        'Only one of percent or fraction may be specified in HTTPRequestMirrorFilter',
        (m) => !(m.percent !== undefined && m.fraction !== undefined),
      ),
    ],
  },
);

function pathModifierRule(type: string, field: string): Rule[] {
  return [
    cel(`${field}-needs-value`, `${field} must be specified when type is set to '${type}'`, (p) =>
      p.type === type ? p[field] !== undefined : true,
    ),
    cel(`${field}-needs-type`, `type must be '${type}' when ${field} is set`, (p) =>
      p[field] !== undefined ? p.type === type : true,
    ),
  ];
}

const pathModifier = obj(
  {
    type: str({
      description: 'Replace the whole path, or only the prefix the rule matched.',
      enum: ['ReplaceFullPath', 'ReplacePrefixMatch'],
    }),
    replaceFullPath: str({ description: 'New path for the request.', maxLength: 1024 }),
    replacePrefixMatch: str({
      description: 'Replacement for the matched path prefix.',
      maxLength: 1024,
    }),
  },
  {
    title: 'HTTPPathModifier',
    description: 'How the path is changed.',
    required: ['type'],
    rules: [
      ...pathModifierRule('ReplaceFullPath', 'replaceFullPath'),
      ...pathModifierRule('ReplacePrefixMatch', 'replacePrefixMatch'),
    ],
  },
);

export const requestRedirect = obj(
  {
    scheme: str({ description: 'Scheme of the Location header.', enum: ['http', 'https'] }),
    hostname: preciseHostname('Hostname of the Location header.'),
    path: pathModifier,
    port: portNumber('Port of the Location header.'),
    statusCode: int({
      description: 'HTTP status code of the redirect.',
      enum: [301, 302, 303, 307, 308],
      default: 302,
    }),
  },
  {
    title: 'HTTPRequestRedirectFilter',
    description: 'Answers with a redirect instead of proxying.',
  },
);

export const urlRewrite = obj(
  {
    hostname: preciseHostname('Host header sent to the backend.'),
    path: pathModifier,
  },
  { title: 'HTTPURLRewriteFilter', description: 'Rewrites host and path before proxying.' },
);

export const extensionRef = localObjectReference(
  'LocalObjectReference',
  'An implementation-specific filter object in the same namespace.',
);

const HEADER_LIST = { maxItems: 64, listType: 'set' as const };
const wildcardAlone = (field: string, noun: string) =>
  cel(
    `cors-${field}-wildcard`,
    `${field} cannot contain '*' alongside other ${noun}`,
    (v: string[]) => !(v.includes('*') && v.length > 1),
  );

export const cors = obj(
  {
    allowOrigins: list(
      str({
        pattern:
          '(^\\*$)|(^(http(s)?):\\/\\/(((\\*\\.)?([a-zA-Z0-9\\-]+\\.)*[a-zA-Z0-9-]+|\\*)(:([0-9]{1,5}))?)$)',
        minLength: 1,
        maxLength: 253,
      }),
      {
        description: 'Origins allowed to make requests (`*`, or scheme://host[:port]).',
        ...HEADER_LIST,
        rules: [wildcardAlone('AllowOrigins', 'origins')],
      },
    ),
    allowCredentials: bool({
      description: 'Whether credentials are allowed on cross-origin requests.',
    }),
    allowMethods: list(
      str({
        enum: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH', '*'],
      }),
      {
        description: 'Methods allowed on cross-origin requests.',
        maxItems: 9,
        listType: 'set',
        rules: [wildcardAlone('AllowMethods', 'methods')],
      },
    ),
    allowHeaders: list(headerName('Header name.'), {
      description: 'Request headers allowed on cross-origin requests.',
      ...HEADER_LIST,
      rules: [wildcardAlone('AllowHeaders', 'methods')],
    }),
    exposeHeaders: list(headerName('Header name.'), {
      description: 'Response headers the browser may expose to scripts.',
      ...HEADER_LIST,
    }),
    maxAge: int({
      description: 'Seconds a preflight response may be cached.',
      minimum: 1,
      default: 5,
    }),
  },
  { title: 'HTTPCORSFilter', description: 'Answers CORS preflights and adds CORS headers.' },
);

/** The CEL pair tying externalAuth's `protocol` to the block that configures it. */
function protocolFieldRules(protocol: string, field: string): Rule[] {
  return [
    cel(
      `external-auth-${field}-needs-value`,
      `${field} must be specified when protocol is set to '${protocol}'`,
      (a) => (a.protocol === protocol ? a[field] !== undefined : true),
    ),
    cel(
      `external-auth-${field}-needs-protocol`,
      `protocol must be '${protocol}' when ${field} is set`,
      (a) => (a[field] !== undefined ? a.protocol === protocol : true),
    ),
  ];
}

const externalAuth = exp(
  obj(
    {
      protocol: str({ description: 'Protocol of the auth service.', enum: ['HTTP', 'GRPC'] }),
      backendRef: doc('The auth service.', backendObjectReference),
      grpc: obj({
        allowedHeaders: list(str(), { description: 'Headers sent to the auth service.' }),
      }),
      http: obj({
        path: str({ description: 'Path prefix for auth requests.', maxLength: 1024 }),
        allowedHeaders: list(str(), { description: 'Headers sent to the auth service.' }),
        allowedResponseHeaders: list(str(), {
          description: 'Auth response headers copied upstream.',
        }),
      }),
      forwardBody: obj({ maxSize: int({ description: 'Bytes of body to forward.', minimum: 0 }) }),
    },
    {
      title: 'HTTPExternalAuthFilter',
      description: 'Asks an external service whether to allow each request.',
      required: ['protocol', 'backendRef'],
      rules: [...protocolFieldRules('GRPC', 'grpc'), ...protocolFieldRules('HTTP', 'http')],
    },
  ),
);

interface FilterKind {
  type: string;
  field: string;
  schema: Schema;
  /** The releases and channels that have this filter type (all when absent). */
  channels?: Availability;
}

const HTTP_FILTERS: FilterKind[] = [
  {
    type: 'RequestHeaderModifier',
    field: 'requestHeaderModifier',
    schema: headerModifier('request'),
  },
  {
    type: 'ResponseHeaderModifier',
    field: 'responseHeaderModifier',
    schema: headerModifier('response'),
  },
  { type: 'RequestMirror', field: 'requestMirror', schema: requestMirror },
  { type: 'RequestRedirect', field: 'requestRedirect', schema: requestRedirect },
  { type: 'URLRewrite', field: 'urlRewrite', schema: urlRewrite },
  { type: 'ExtensionRef', field: 'extensionRef', schema: extensionRef },
  // CORS is standard since v1.5 (GEP-1767); ExternalAuth is experimental (GEP-1494).
  {
    type: 'CORS',
    field: 'cors',
    schema: cors,
    channels: { standard: 'v1.5', experimental: 'v1.4' },
  },
  {
    type: 'ExternalAuth',
    field: 'externalAuth',
    schema: externalAuth,
    channels: EXPERIMENTAL_ONLY,
  },
];
const GRPC_TYPES = [
  'ResponseHeaderModifier',
  'RequestHeaderModifier',
  'RequestMirror',
  'ExtensionRef',
];

/** The pair of CEL rules tying `filter.type` to the one field that configures it. */
function typeFieldRules({ type, field, channels }: FilterKind): Rule[] {
  const rules = [
    cel(
      `filter-${field}-nil`,
      `filter.${field} must be nil if the filter.type is not ${type}`,
      (f) => !(f[field] !== undefined && f.type !== type),
    ),
    cel(
      `filter-${field}-required`,
      `filter.${field} must be specified for ${type} filter.type`,
      (f) => !(f[field] === undefined && f.type === type),
    ),
  ];
  return channels ? rules.map((rule) => ruleIn(channels, rule)) : rules;
}

const notRepeated = (type: string) =>
  cel(`filter-${type}-once`, `${type} filter cannot be repeated`, (filters: { type: string }[]) =>
    filters.flatMap((f, i) =>
      f.type === type && filters.slice(0, i).some((g) => g.type === type) ? [[i, 'type']] : [],
    ),
  );

function filterList(title: string, kinds: FilterKind[], rules: Rule[]): ListSchema {
  const props: Record<string, Schema> = {
    type: str({
      description: 'Which filter this is; set the matching field.',
      enum: kinds.map((k) => k.type),
      enumChannels: Object.fromEntries(
        kinds.flatMap((k) => (k.channels ? [[k.type, k.channels]] : [])),
      ),
    }),
  };
  for (const k of kinds) props[k.field] = k.channels ? inChannels(k.channels, k.schema) : k.schema;
  return list(
    obj(props, { title, required: ['type'], rules: kinds.flatMap((k) => typeFieldRules(k)) }),
    {
      description: 'Filters applied, in order, to matching requests.',
      maxItems: 16,
      listType: 'atomic',
      rules,
    },
  );
}

/** HTTPRoute filters (rule level and backend level share the type). */
export const httpRouteFilters = filterList('HTTPRouteFilter', HTTP_FILTERS, [
  cel(
    'filter-redirect-xor-rewrite',
    'May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both',
    (filters: { type: string }[]) =>
      !(
        filters.some((f) => f.type === 'RequestRedirect') &&
        filters.some((f) => f.type === 'URLRewrite')
      ),
  ),
  // Repeated CORS filters are refused since v1.6.
  ruleIn(since('v1.6'), notRepeated('CORS')),
  ...['RequestHeaderModifier', 'ResponseHeaderModifier', 'RequestRedirect', 'URLRewrite'].map(
    notRepeated,
  ),
]);

/** GRPCRoute filters: header modifiers, mirror and extensions. */
export const grpcRouteFilters = filterList(
  'GRPCRouteFilter',
  HTTP_FILTERS.filter((k) => GRPC_TYPES.includes(k.type)),
  ['RequestHeaderModifier', 'ResponseHeaderModifier'].map(notRepeated),
);
