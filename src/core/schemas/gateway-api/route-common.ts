/** Pieces shared by the route kinds: header matches, session persistence, route spec fields. */
import { cel, exp, int, list, obj, ruleIn, str, type ListSchema, type Rule } from '../dsl.ts';
import { EXPERIMENTAL_ONLY, since } from './target.ts';

/** A `set` list as a rule: items are unique (for lists that became sets in a release). */
const uniqueItems: Rule = {
  id: 'unique-items',
  code: 'schema-duplicate-key',
  message: 'repeats an earlier item (items must be unique)',
  check: (items: unknown[]) =>
    items.flatMap((item, i) => (items.slice(0, i).includes(item) ? [[i]] : [])),
};
import { duration, headerName } from './common.ts';

/** Header or query-parameter matches: a map list keyed by name. */
export function nameValueMatches(
  title: string,
  what: string,
  valueMax: number,
  valueRules: readonly Rule[] = [],
): ListSchema {
  return list(
    obj(
      {
        type: str({
          description: 'How the value is compared.',
          enum: ['Exact', 'RegularExpression'],
          default: 'Exact',
        }),
        name: headerName(`Name of the ${what} to match.`),
        value: str({
          description: `Value the ${what} must have.`,
          minLength: 1,
          maxLength: valueMax,
          rules: valueRules,
        }),
      },
      { title, required: ['name', 'value'] },
    ),
    {
      description: `${what}s that must all match.`,
      maxItems: 16,
      listType: 'map',
      mapKeys: ['name'],
    },
  );
}

/** Experimental: keep a client on the same backend. */
export const sessionPersistence = exp(
  obj(
    {
      absoluteTimeout: duration('Longest a session lasts.'),
      type: str({
        description: 'How the session is tracked.',
        enum: ['Cookie', 'Header'],
        default: 'Cookie',
      }),
      cookie: obj(
        {
          name: headerName('Name of the session cookie.'),
          path: str({
            description: 'Path attribute of the cookie.',
            maxLength: 1024,
            default: '/',
          }),
          lifetimeType: str({
            description: 'Whether the cookie outlives the browser session.',
            enum: ['Permanent', 'Session'],
            default: 'Session',
          }),
        },
        { title: 'CookieConfig', description: 'The session cookie, for type Cookie.' },
      ),
      header: obj(
        { name: headerName('Name of the session header.') },
        {
          title: 'HeaderConfig',
          description: 'The session header, for type Header.',
          required: ['name'],
        },
      ),
    },
    {
      title: 'SessionPersistence',
      description: 'Keeps a client on the same backend (experimental).',
      rules: [
        cel(
          'session-permanent-needs-timeout',
          'AbsoluteTimeout must be specified when cookie lifetimeType is Permanent',
          (s) => s.cookie?.lifetimeType !== 'Permanent' || s.absoluteTimeout !== undefined,
        ),
        // Since v1.5 (a cookie with type Header was accepted before).
        ruleIn(
          since('v1.5'),
          cel('session-cookie-nil', 'cookie must be nil if type is not Cookie', (s) =>
            s.cookie === undefined ? true : s.type === 'Cookie',
          ),
        ),
        cel('session-cookie-required', 'cookie must be specified for Cookie type', (s) =>
          s.type !== 'Cookie' ? true : s.cookie !== undefined,
        ),
        cel('session-header-nil', 'header must be nil if type is not Header', (s) =>
          s.header === undefined ? true : s.type === 'Header',
        ),
        cel('session-header-required', 'header must be specified for Header type', (s) =>
          s.type !== 'Header' ? true : s.header !== undefined,
        ),
      ],
    },
  ),
);

export const useDefaultGateways = exp(
  str({
    description: 'Attach to the default Gateways of the cluster (experimental).',
    enum: ['All', 'None'],
  }),
);

/** Rule names, when given, are unique within the route (a CEL rule on `rules`). */
export const ruleNamesUnique: Rule = ruleIn(
  EXPERIMENTAL_ONLY,
  cel(
    'rule-name-unique',
    'Rule name must be unique within the route',
    (rules: { name?: string }[]) =>
      rules.flatMap((r, i) =>
        r.name !== undefined && rules.slice(0, i).some((o) => o.name === r.name)
          ? [[i, 'name']]
          : [],
      ),
  ),
);

/** Sum of the rules' match counts is capped by a CEL rule on `rules`. */
export function totalMatchesRule(): Rule {
  return cel(
    'rules-total-matches',
    'While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be less than 128',
    (rules: { matches?: unknown[] }[]) =>
      rules.slice(0, 16).reduce((n, r) => n + (r.matches?.length ?? 0), 0) <= 128,
  );
}

export const ruleRetry = exp(
  obj(
    {
      // Since v1.6 the codes are a set and attempts are at least 1 (#4907).
      codes: list(int({ minimum: 400, maximum: 599 }), {
        description: 'HTTP status codes that are retried.',
        rules: [ruleIn(since('v1.6'), uniqueItems)],
      }),
      attempts: int({
        description: 'Most retries per request.',
        rules: [
          ruleIn(since('v1.6'), {
            id: 'retry-attempts-minimum',
            code: 'schema-range',
            message: (n: number) => `must be at least 1 (got ${n})`,
            check: (n: number) => n >= 1,
          }),
        ],
      }),
      backoff: duration('Minimum time between attempts.'),
    },
    { title: 'HTTPRouteRetry', description: 'Retries failed requests (experimental).' },
  ),
);
