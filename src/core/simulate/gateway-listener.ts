/**
 * Listener selection on a Gateway API Gateway: by port, then protocol, then the most specific
 * hostname that matches the request's Host (or its TLS SNI), among programmed listeners.
 */
import type { Listener } from '../analysis/gateway-api/listeners.ts';
import { hostnameCovers } from '../analysis/support/hostnames.ts';
import type { Resource } from '../model/resource.ts';
import type { AnswerBuilder, SimListener } from './answer.ts';
import type { SimEnvironment } from './environment.ts';
import { noneServes, type Refusal } from './refusal.ts';
import type { SimRequest } from './request.ts';

/** Listener protocols that can take a request of each scheme. */
const PROTOCOLS: Record<SimRequest['scheme'], readonly string[]> = {
  http: ['HTTP'],
  https: ['HTTPS', 'TLS'],
  tls: ['TLS'],
  tcp: ['TCP'],
  udp: ['UDP'],
};

export function listenerNode(listener: Listener): string {
  return `${listener.owner.key}#listener/${listener.name}`;
}

export function simListener(listener: Listener): SimListener {
  const out: SimListener = {
    name: listener.name,
    port: listener.port ?? 0,
    protocol: listener.protocol,
    node: listenerNode(listener),
  };
  if (listener.hostname !== undefined) out.hostname = listener.hostname;
  return out;
}

function describe(listener: Listener): string {
  const owner =
    listener.owner.kind === 'ListenerSet'
      ? ` (ListenerSet ${listener.owner.namespace}/${listener.owner.name})`
      : '';
  return `listener ${listener.name}${owner} (${listener.protocol} ${listener.port ?? '?'}${listener.hostname ? `, ${listener.hostname}` : ''})`;
}

/** How specific a listener hostname is for a host: exact beats longer wildcards beats none. */
function specificity(hostname: string | undefined): number {
  if (hostname === undefined) return 0;
  return hostname.startsWith('*') ? hostname.length : 1_000 + hostname.length;
}

export type ListenerChoice = { listener: Listener } | Refusal;

/** Picks the listener that takes the request, explaining why the others did not. */
export function chooseListener(
  env: SimEnvironment,
  gateway: Resource,
  listenerName: string | undefined,
  request: SimRequest,
  b: AnswerBuilder,
): ListenerChoice {
  const all = env.gatewayListeners(gateway);
  const named = listenerName === undefined ? all : all.filter((l) => l.name === listenerName);
  if (named.length === 0) {
    b.step(
      'listener',
      `Gateway ${gateway.namespace}/${gateway.name} has no listener ${listenerName ?? ''} (listeners: ${all.map((l) => l.name).join(', ') || 'none'}).`,
    );
    return { refused: 'unknown-entry' };
  }
  const onPort = named.filter((l) => l.port === request.port);
  for (const l of named)
    if (l.port !== request.port)
      b.step(
        'listener',
        `Not ${describe(l)}: it listens on port ${l.port ?? '?'}, not ${request.port}.`,
        listenerNode(l),
      );
  if (onPort.length === 0) {
    b.step('listener', `Nothing listens on port ${request.port}: the connection is refused.`);
    return { refused: 'connection-refused' };
  }
  const protocols = PROTOCOLS[request.scheme];
  const compatible = onPort.filter((l) => protocols.includes(l.protocol));
  for (const l of onPort)
    if (!protocols.includes(l.protocol))
      b.step(
        'listener',
        `Not ${describe(l)}: a ${request.scheme} request cannot use a ${l.protocol} listener.`,
        listenerNode(l),
      );
  if (compatible.length === 0) {
    b.step(
      'listener',
      `No listener on port ${request.port} speaks ${request.scheme}: the ${request.scheme === 'http' || request.scheme === 'tcp' ? 'connection fails' : 'TLS handshake fails'}.`,
    );
    return { refused: 'tls-handshake-failed' };
  }
  const programmed = compatible.filter((l) => {
    const evaluation = env.topology.evaluations.get(l);
    if (evaluation?.programmed !== false) return true;
    const why = evaluation.conditions
      .filter((c) => c.status !== 'True' && c.type !== 'Conflicted')
      .concat(evaluation.conditions.filter((c) => c.type === 'Conflicted' && c.status === 'True'));
    b.step(
      'listener',
      `Not ${describe(l)}: it is not programmed (${why.map((c) => `${c.type} ${c.reason}`).join(', ') || 'invalid'}).`,
      listenerNode(l),
    );
    return false;
  });
  if (programmed.length === 0) return { refused: 'connection-refused' };
  const l4 = request.scheme === 'tcp' || request.scheme === 'udp';
  const name = request.scheme === 'http' ? request.host : (request.sni ?? request.host);
  const serving = l4 ? programmed : programmed.filter((l) => hostnameCovers(l.hostname, name));
  for (const l of programmed)
    if (!serving.includes(l))
      b.step(
        'listener',
        `Not ${describe(l)}: its hostname does not match ${name}.`,
        listenerNode(l),
      );
  if (serving.length === 0) return noneServes(b, request, name, 'listener');
  const best = [...serving].sort((x, y) => specificity(y.hostname) - specificity(x.hostname))[0]!;
  for (const l of serving) {
    if (l !== best)
      b.step(
        'listener',
        `Not ${describe(l)}: ${describe(best)} has a more specific hostname.`,
        listenerNode(l),
      );
  }
  b.step(
    'listener',
    `L${describe(best).slice(1)} of ${best.owner.kind} ${best.owner.namespace}/${best.owner.name} takes the request${l4 ? '' : ` for ${name}`}.`,
    listenerNode(best),
  );
  b.through(gateway.key).through(best.owner.key).through(listenerNode(best));
  return { listener: best };
}
