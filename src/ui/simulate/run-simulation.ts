/** The Simulate panel's request through the core simulator. */
import type { Command } from '../../core/commands/types.ts';
import type { Design } from '../../core/design/design.ts';
import { addRoutingTestCommand, testFromAnswer } from '../../core/routing-tests/index.ts';
import type { Graph } from '../../core/graph/types.ts';
import type { SimAnswer } from '../../core/simulate/answer.ts';
import type { SimEntry } from '../../core/simulate/entry.ts';
import { buildRequest, type RequestSpec } from '../../core/simulate/request.ts';
import { simulate } from '../../core/simulate/simulate.ts';
import type { SimulationRequest } from '../../store/index.ts';
import type { EntryOption } from './entry-options.ts';

export interface Simulated {
  entry: SimEntry;
  spec: RequestSpec;
  answer: SimAnswer;
}

/** Whether a URL is a TLS, TCP or UDP connection (method `-`). */
export function isConnectionUrl(url: string): boolean {
  return /^\s*(tls|tcp|udp):\/\//i.test(url);
}

/** What the form's fields say, as the core reads a request; a mesh client's namespace is its source. */
export function requestSpecOf(request: SimulationRequest, entry: SimEntry): RequestSpec {
  const url = request.url.trim();
  const headers = request.headers
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const sni = request.sni.trim();
  return {
    method: isConnectionUrl(url) ? '-' : request.method,
    url,
    ...(headers.length > 0 ? { headers } : {}),
    ...(sni ? { sni } : {}),
    ...(entry.type === 'mesh' && entry.namespace ? { source: { namespace: entry.namespace } } : {}),
  };
}

/** Simulates the request in `design` (whose graph is `graph`), or says why it cannot. */
export function runSimulation(
  design: Design,
  graph: Graph,
  options: readonly EntryOption[],
  request: SimulationRequest,
): Simulated | { error: string } {
  const option = options.find((o) => o.id === request.entry);
  if (!option) return { error: `The design no longer has the entry point ${request.entry}.` };
  const spec = requestSpecOf(request, option.entry);
  const built = buildRequest(spec);
  if ('error' in built) return { error: built.error };
  const answer = simulate(design, option.entry, built, { graphOf: () => graph });
  return { entry: option.entry, spec, answer };
}

/** The command that keeps a simulated request and its answer as a routing test of `design`. */
export function saveAsTestCommand(design: Design, simulated: Simulated): Command {
  return addRoutingTestCommand(
    design,
    testFromAnswer(simulated.entry, simulated.spec, simulated.answer),
  );
}
