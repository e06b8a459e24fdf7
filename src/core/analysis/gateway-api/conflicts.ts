import type { Listener } from './listeners.ts';

export interface ListenerConflict {
  reason: 'HostnameConflict' | 'ProtocolConflict';
  other: Listener;
  explanation: string;
}

const HOSTNAME_PROTOCOLS = new Set(['HTTP', 'HTTPS', 'TLS']);

/** Why two listeners on the same port are not distinct, or undefined when they are. */
function conflictBetween(a: Listener, b: Listener): Omit<ListenerConflict, 'other'> | undefined {
  if (a.port === undefined || a.port !== b.port) return undefined;
  const port = a.port;
  if (a.protocol === b.protocol) {
    if (!HOSTNAME_PROTOCOLS.has(a.protocol)) {
      return {
        reason: 'ProtocolConflict',
        explanation: `both are ${a.protocol} on port ${port}, and ${a.protocol} listeners are told apart by port only`,
      };
    }
    if ((a.hostname ?? '') !== (b.hostname ?? '')) return undefined;
    return {
      reason: 'HostnameConflict',
      explanation: `both are ${a.protocol} on port ${port} with ${a.hostname ? `hostname ${a.hostname}` : 'no hostname'}`,
    };
  }
  const pair = new Set([a.protocol, b.protocol]);
  // HTTPS and TLS listeners share a port by SNI; anything else with a different protocol cannot.
  if (pair.has('HTTPS') && pair.has('TLS')) return undefined;
  // UDP and a TCP-based protocol use different transports, so they can share a port number.
  if (pair.has('UDP')) return undefined;
  return {
    reason: 'ProtocolConflict',
    explanation: `${a.protocol} and ${b.protocol} cannot share port ${port}`,
  };
}

/**
 * Listeners that are not distinct (spec: "Distinct Listeners"). Within one owner every listener
 * of a conflicting pair is marked; across owners (a Gateway and its ListenerSets) the listener
 * that comes later in precedence order loses, as GEP-1713 prescribes.
 */
export function findConflicts(ordered: readonly Listener[]): Map<Listener, ListenerConflict> {
  const conflicts = new Map<Listener, ListenerConflict>();
  ordered.forEach((later, j) => {
    for (const earlier of ordered.slice(0, j)) {
      const conflict = conflictBetween(earlier, later);
      if (!conflict) continue;
      if (!conflicts.has(later)) conflicts.set(later, { ...conflict, other: earlier });
      if (earlier.owner === later.owner && !conflicts.has(earlier)) {
        conflicts.set(earlier, { ...conflict, other: later });
      }
    }
  });
  return conflicts;
}
