/** The words the Simulate panel uses for parts of an answer (plain text, never markup). */
import type {
  SimAnswer,
  SimBackend,
  SimMirror,
  SimReason,
  SimRoute,
} from '../../core/simulate/answer.ts';

const REASONS: Record<SimReason, string> = {
  'connection-refused': 'connection refused',
  'tls-handshake-failed': 'TLS handshake fails',
  'no-listener-for-host': 'no listener for this host',
  'no-route': 'no route matches',
  'no-backends': 'the rule has no backends',
  'all-weights-zero': 'every backend has weight 0',
  'backend-invalid': 'the backend cannot be reached',
  'unknown-entry': 'unknown entry point',
};

/** One line saying what happens to the request, e.g. `Redirect 301` or `404 · no route matches`. */
export function outcomeHeadline(answer: SimAnswer): string {
  const status = answer.statusCode === undefined ? '' : `${answer.statusCode} · `;
  const reason = answer.reason ? REASONS[answer.reason] : undefined;
  switch (answer.outcome) {
    case 'backend':
      return answer.backends.length === 1
        ? `Sent to ${targetName(answer.backends[0]!)}`
        : `Split over ${answer.backends.length} backends`;
    case 'redirect':
      return `Redirect ${answer.statusCode ?? ''}`.trim();
    case 'response':
      return `Direct response ${answer.statusCode ?? ''}`.trim();
    case 'no-route':
      return `${status}Not routed${reason ? `: ${reason}` : ''}`;
    case 'error':
      return `${status}Error${reason ? `: ${reason}` : ''}`;
  }
}

/** `Service shop/checkout-v1:8080`, `Service travel/reviews subset v2`. */
export function targetName(target: SimBackend | SimMirror): string {
  const port = target.port === undefined ? '' : `:${target.port}`;
  const subset = target.subset === undefined ? '' : ` subset ${target.subset}`;
  return `${target.kind} ${target.namespace}/${target.name}${port}${subset}`;
}

/** `HTTPRoute shop/checkout rules[0].matches[1]`. */
export function routeName(route: SimRoute): string {
  const where = route.path.replace(/^spec\./, '');
  return `${route.kind} ${route.namespace}/${route.name} ${where}`;
}

/** An exact percentage with at most two decimals: `90%`, `33.33%`. */
export function percentOf(probability: number): string {
  return `${Math.round(probability * 10000) / 100}%`;
}
