/** HTTPRoute (gateway.networking.k8s.io v1, v1beta1). */
import { resourceShell, status } from '../common.ts';
import { cel, doc, list, obj, sizeLimit, str, type Data, type ObjectSchema } from '../dsl.ts';
import { since } from './target.ts';
import { backendRefs } from './backend-ref.ts';
import { duration, headerValueRule, hostnames, ruleName } from './common.ts';
import { httpRouteFilters } from './filters.ts';
import { parentRefs } from './parent-ref.ts';
import {
  nameValueMatches,
  ruleRetry,
  ruleNamesUnique,
  sessionPersistence,
  totalMatchesRule,
  useDefaultGateways,
} from './route-common.ts';
import { durationMillis } from './duration.ts';

const PATH_TYPES = ['Exact', 'PathPrefix'];
const pathRule = (id: string, message: string, ok: (value: string) => boolean) =>
  cel(id, message, (p) => (PATH_TYPES.includes(p.type) ? ok(String(p.value)) : true));
const FORBIDDEN_PARTS = {
  '//': 'double-slash',
  '/./': 'dot-segment',
  '/../': 'dot-dot-segment',
  '%2f': 'encoded-slash',
  '%2F': 'encoded-slash-upper',
  '#': 'fragment',
};
const FORBIDDEN_ENDS = { '/..': 'dot-dot', '/.': 'dot' };
const PATH_CHARS = /^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$/;

const pathMatch = obj(
  {
    type: str({
      description: 'How the path is compared.',
      enum: ['Exact', 'PathPrefix', 'RegularExpression'],
      default: 'PathPrefix',
    }),
    value: str({
      description: 'Path (or regular expression) to match.',
      maxLength: 1024,
      default: '/',
    }),
  },
  {
    title: 'HTTPPathMatch',
    description: 'Matches the request path.',
    default: { type: 'PathPrefix', value: '/' },
    rules: [
      pathRule(
        'path-absolute',
        "value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']",
        (v) => v.startsWith('/'),
      ),
      ...Object.entries(FORBIDDEN_PARTS).map(([bad, id]) =>
        pathRule(
          `path-no-${id}`,
          `must not contain '${bad}' when type one of ['Exact', 'PathPrefix']`,
          (v) => !v.includes(bad),
        ),
      ),
      ...Object.entries(FORBIDDEN_ENDS).map(([bad, id]) =>
        pathRule(
          `path-no-trailing-${id}`,
          `must not end with '${bad}' when type one of ['Exact', 'PathPrefix']`,
          (v) => !v.endsWith(bad),
        ),
      ),
      cel('path-type', "type must be one of ['Exact', 'PathPrefix', 'RegularExpression']", (p) =>
        ['Exact', 'PathPrefix', 'RegularExpression'].includes(p.type),
      ),
      pathRule(
        'path-chars',
        "must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']",
        (v) => PATH_CHARS.test(v),
      ),
    ],
  },
);

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'];

const httpRouteMatch = obj(
  {
    path: pathMatch,
    headers: nameValueMatches('HTTPHeaderMatch', 'header', 4096, [headerValueRule]),
    queryParams: nameValueMatches('HTTPQueryParamMatch', 'query parameter', 1024),
    method: str({ description: 'HTTP method to match.', enum: METHODS }),
  },
  { title: 'HTTPRouteMatch', description: 'Conditions that must all hold for a request to match.' },
);

const timeouts = obj(
  {
    request: duration('Time allowed for the whole request, retries included; 0s disables it.'),
    backendRequest: duration('Time allowed for one request to a backend.'),
  },
  {
    title: 'HTTPRouteTimeouts',
    description: 'Timeouts for requests matching the rule.',
    rules: [
      cel(
        'timeouts-backend-le-request',
        'backendRequest timeout cannot be longer than request timeout',
        (t) =>
          !(
            t.request !== undefined &&
            t.backendRequest !== undefined &&
            durationMillis(t.request) !== 0 &&
            durationMillis(t.backendRequest) > durationMillis(t.request)
          ),
      ),
    ],
  },
);

/** The rule uses a filter of `field` with a ReplacePrefixMatch path: exactly one such filter. */
const prefixFilterCount = (filters: Data[] | undefined, field: string) =>
  (filters ?? []).filter(
    (f) =>
      f[field]?.path?.type === 'ReplacePrefixMatch' &&
      f[field].path.replacePrefixMatch !== undefined,
  ).length;
const onePrefixMatch = (rule: Data) =>
  rule.matches?.length === 1 && rule.matches[0].path?.type === 'PathPrefix';

const prefixRule = (field: string, name: string, withinBackends: boolean) =>
  cel(
    `${withinBackends ? 'backend-' : ''}${field}-prefix-needs-path-prefix`,
    withinBackends
      ? `Within backendRefs, ${field === 'urlRewrite' ? 'When' : 'when'} using ${name} filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified`
      : `When using ${name} filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified`,
    (rule) => {
      const used = withinBackends
        ? (rule.backendRefs ?? []).filter((b: Data) => prefixFilterCount(b.filters, field) === 1)
            .length === 1
        : prefixFilterCount(rule.filters, field) === 1;
      return !used || onePrefixMatch(rule);
    },
  );

const httpRouteRule = obj(
  {
    name: ruleName,
    matches: list(httpRouteMatch, {
      description: 'Requests matching any of these use the rule; all requests when omitted.',
      maxItems: 64,
      listType: 'atomic',
      default: [{ path: { type: 'PathPrefix', value: '/' } }],
    }),
    filters: httpRouteFilters,
    backendRefs: backendRefs(httpRouteFilters, { title: 'HTTPBackendRef' }),
    timeouts,
    retry: ruleRetry,
    sessionPersistence,
  },
  {
    title: 'HTTPRouteRule',
    description: 'Matches, filters and backends for a set of requests.',
    rules: [
      cel(
        'redirect-without-backends',
        'RequestRedirect filter must not be used together with backendRefs',
        (rule) =>
          !(rule.backendRefs?.length > 0) ||
          (rule.filters ?? []).every((f: Data) => f.requestRedirect === undefined),
      ),
      prefixRule('requestRedirect', 'RequestRedirect', false),
      prefixRule('urlRewrite', 'URLRewrite', false),
      prefixRule('requestRedirect', 'RequestRedirect', true),
      prefixRule('urlRewrite', 'URLRewrite', true),
    ],
  },
);

const spec = obj(
  {
    parentRefs,
    hostnames: hostnames('Host headers this route serves; all of the listener’s when omitted.'),
    useDefaultGateways,
    rules: list(httpRouteRule, {
      description: 'Routing rules, tried from the most specific match.',
      maxItems: 16,
      listType: 'atomic',
      default: [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }] }],
      // An empty list of rules is refused since v1.5 (minItems 1).
      rules: [sizeLimit(since('v1.5'), 'min', 1), totalMatchesRule(), ruleNamesUnique],
    }),
  },
  {
    title: 'HTTPRouteSpec',
    description: 'Where the route attaches and how it routes HTTP requests.',
  },
);

export function httpRoute(apiVersion: string): ObjectSchema {
  return resourceShell('HTTPRoute', apiVersion, {
    spec: doc('Desired routing for HTTP traffic.', spec),
    status,
  });
}
