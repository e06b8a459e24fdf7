import type { AnswerBuilder, SimReason } from './answer.ts';
import type { SimRequest } from './request.ts';

/** Why no listener (or server) takes a request, with the status when the proxy answers one. */
export interface Refusal {
  refused: SimReason;
  statusCode?: number;
}

/**
 * No listener (Gateway API) or server (Istio) on the port serves the request's name: plain HTTP
 * gets 404 from the proxy, TLS fails its handshake (no certificate or route for the SNI).
 */
export function noneServes(
  b: AnswerBuilder,
  request: SimRequest,
  name: string,
  what: 'listener' | 'server',
): Refusal {
  if (request.scheme === 'http') {
    b.step('listener', `No ${what} on port ${request.port} serves host ${name}: 404.`);
    return { refused: 'no-listener-for-host', statusCode: 404 };
  }
  b.step(
    'listener',
    `No ${what} on port ${request.port} serves SNI ${name}: the TLS handshake fails.`,
  );
  return { refused: 'tls-handshake-failed' };
}
