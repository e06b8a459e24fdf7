/** VirtualService HTTP route actions besides routing: redirect, rewrite, retries, fault, mirror, CORS. */
import { bool, int, list, obj, oneOf, str, type Schema } from '../dsl.ts';
import { destination, istioDuration, percent, stringMatch, uint32 } from './common.ts';

const redirect = obj(
  {
    uri: str({ description: 'Replaces the path in the Location header.' }),
    authority: str({ description: 'Replaces the host in the Location header.' }),
    port: uint32('Port in the Location header.'),
    derivePort: str({
      description: 'Take the port from the protocol default or from the request.',
      enum: ['FROM_PROTOCOL_DEFAULT', 'FROM_REQUEST_PORT'],
    }),
    scheme: str({ description: 'Scheme in the Location header.', examples: ['http', 'https'] }),
    redirectCode: uint32('HTTP status of the redirect (301 by default).'),
  },
  {
    title: 'HTTPRedirect',
    description: 'Answers with a redirect.',
    rules: [oneOf(['port', 'derivePort'])],
  },
);

const rewrite = obj(
  {
    uri: str({ description: 'Replaces the matched path prefix (or the whole path).' }),
    authority: str({ description: 'Replaces the Host header.' }),
    uriRegexRewrite: obj(
      {
        match: str({ description: 'RE2 regular expression applied to the path.' }),
        rewrite: str({ description: 'Replacement, with capture groups like \\1.' }),
      },
      { title: 'RegexRewrite', description: 'Rewrites the path with a regular expression.' },
    ),
  },
  { title: 'HTTPRewrite', description: 'Rewrites the request before forwarding.' },
);

const retries = obj(
  {
    attempts: int({ description: 'Number of retries (0 disables retries).' }),
    perTryTimeout: istioDuration('Timeout of each attempt.'),
    retryOn: str({
      description: 'Conditions that trigger a retry, comma-separated (e.g. 5xx,connect-failure).',
      examples: [
        '5xx',
        'gateway-error',
        'connect-failure',
        'retriable-4xx',
        'refused-stream',
        'reset',
      ],
    }),
    retryRemoteLocalities: bool({ description: 'Retry in other localities.' }),
    retryIgnorePreviousHosts: bool({ description: 'Avoid hosts already tried.' }),
    backoff: istioDuration('Base interval between retries.'),
  },
  { title: 'HTTPRetry', description: 'Retry policy.' },
);

const fault = obj(
  {
    delay: obj(
      {
        fixedDelay: istioDuration('Delay added before forwarding.'),
        exponentialDelay: istioDuration('Exponential delay (not supported by Envoy).'),
        percentage: percent('Share of requests delayed.'),
        percent: int({ description: 'Deprecated: use percentage.', minimum: 0, maximum: 100 }),
      },
      {
        title: 'Delay',
        description: 'Delays requests.',
        rules: [oneOf(['fixedDelay', 'exponentialDelay'])],
      },
    ),
    abort: obj(
      {
        httpStatus: int({ description: 'HTTP status returned.' }),
        grpcStatus: str({ description: 'gRPC status returned, e.g. UNAVAILABLE.' }),
        http2Error: str({ description: 'HTTP/2 error returned.' }),
        percentage: percent('Share of requests aborted.'),
      },
      {
        title: 'Abort',
        description: 'Fails requests.',
        rules: [oneOf(['httpStatus', 'grpcStatus', 'http2Error'])],
      },
    ),
  },
  { title: 'HTTPFaultInjection', description: 'Injects delays and errors for testing.' },
);

const corsPolicy = obj(
  {
    allowOrigins: list(stringMatch('Origin to allow.'), {
      description: 'Origins allowed to make requests.',
    }),
    allowOrigin: list(str(), { description: 'Deprecated: use allowOrigins.' }),
    allowMethods: list(str(), { description: 'Methods allowed on cross-origin requests.' }),
    allowHeaders: list(str(), { description: 'Request headers allowed on cross-origin requests.' }),
    exposeHeaders: list(str(), { description: 'Response headers exposed to scripts.' }),
    maxAge: istioDuration('How long a preflight response may be cached.'),
    allowCredentials: bool({ description: 'Whether credentials are allowed.' }),
    unmatchedPreflights: str({
      description: 'What to do with preflights from origins not allowed.',
      enum: ['UNSPECIFIED', 'FORWARD', 'IGNORE'],
    }),
  },
  { title: 'CorsPolicy', description: 'Cross-origin resource sharing policy.' },
);

/** The fields of a VirtualService HTTPRoute beyond match, route, timeout and headers. */
export const httpRouteExtras: Record<string, Schema> = {
  redirect,
  directResponse: obj(
    {
      status: uint32('HTTP status returned.'),
      body: obj(
        {
          string: str({ description: 'Body as text.' }),
          bytes: str({ description: 'Body as base64 bytes.' }),
        },
        { title: 'HTTPBody', description: 'Response body.', rules: [oneOf(['string', 'bytes'])] },
      ),
    },
    {
      title: 'HTTPDirectResponse',
      description: 'Answers directly with a fixed response.',
      required: ['status'],
    },
  ),
  delegate: obj(
    {
      name: str({ description: 'Name of the delegate VirtualService.' }),
      namespace: str({ description: 'Namespace of the delegate VirtualService.' }),
    },
    { title: 'Delegate', description: 'Hands matching requests to another VirtualService.' },
  ),
  rewrite,
  retries,
  fault,
  mirror: { ...destination, description: 'Sends a copy of each request to this destination.' },
  mirrorPercentage: percent('Share of requests mirrored (100 by default).'),
  mirrorPercent: uint32('Deprecated: use mirrorPercentage.'),
  mirror_percent: uint32('Deprecated: use mirrorPercentage.'),
  mirrors: list(
    obj(
      { destination, percentage: percent('Share of requests mirrored.') },
      { title: 'HTTPMirrorPolicy', required: ['destination'] },
    ),
    { description: 'Several mirror destinations, each with its own share.' },
  ),
  corsPolicy,
};
