/** Pieces shared by the route kinds: header matches, session persistence, route spec fields. */
import { cel, exp, int, list, obj, str, type ListSchema, type Rule } from '../dsl.ts';
import { duration, headerName } from './common.ts';

/** Header or query-parameter matches: a map list keyed by name. */
export function nameValueMatches(title: string, what: string, valueMax: number): ListSchema {
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
    },
  ),
);

export const useDefaultGateways = exp(
  str({
    description: 'Attach to the default Gateways of the cluster (experimental).',
    enum: ['All', 'None'],
  }),
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
      codes: list(int({ minimum: 400, maximum: 599 }), {
        description: 'HTTP status codes that are retried.',
        listType: 'set',
      }),
      attempts: int({ description: 'Most retries per request.', minimum: 1 }),
      backoff: duration('Minimum time between attempts.'),
    },
    { title: 'HTTPRouteRetry', description: 'Retries failed requests (experimental).' },
  ),
);
