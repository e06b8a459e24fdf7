/**
 * What the simulator answers. The field names are the CLI's `simulate --json` contract (issue 8):
 * outcome, statusCode, listener, route, explanation, backends, backendRequest, redirect,
 * responseHeaders, mirrors. Fields may be added; none is renamed.
 */
import type { FieldPath } from '../diagnostics.ts';

export type SimOutcome = 'backend' | 'redirect' | 'response' | 'no-route' | 'error';

/** Why an answer is an error or no route, for machines (the explanation says it for people). */
export type SimReason =
  | 'connection-refused'
  | 'tls-handshake-failed'
  | 'no-listener-for-host'
  | 'no-route'
  | 'no-backends'
  | 'all-weights-zero'
  | 'backend-invalid'
  | 'unknown-entry';

/** The listener (Gateway API), server (Istio), Service port (GAMMA) or mesh port that took it. */
export interface SimListener {
  name: string;
  port: number;
  protocol: string;
  hostname?: string;
  /** Graph node id of the listener or server. */
  node?: string;
}

/** The route, rule and match that won. `match` is -1 for a rule without matches. */
export interface SimRoute {
  kind: string;
  namespace: string;
  name: string;
  rule: number;
  match: number;
  /** Istio: `http`, `tcp` or `tls`. */
  section?: 'http' | 'tcp' | 'tls';
  /** Graph node id of the rule (or Istio route). */
  node: string;
  /** Field path of the match (the rule's when it has none). */
  path: string;
}

/** One explanation line. `node` is the graph node it is about, for highlighting. */
export interface SimStep {
  step: string;
  message: string;
  node?: string;
}

export interface SimBackend {
  kind: string;
  namespace: string;
  name: string;
  subset?: string;
  port?: number;
  /** The weight the backend counts with. */
  weight: number;
  /** Probability that a request matching the rule goes to this backend (exact, 0..1). */
  probability: number;
  /** Set when requests to this backend fail instead: the status they get and why. */
  error?: { statusCode: number; reason: string };
  /** Request headers as this backend gets them, when its own filters change them. */
  requestHeaders?: Record<string, string>;
}

export interface SimBackendRequest {
  method: string;
  scheme: string;
  host: string;
  path: string;
  /** Header names as the request carries them. */
  headers: Record<string, string>;
}

export interface SimMirror {
  kind: string;
  namespace: string;
  name: string;
  subset?: string;
  port?: number;
  /** Percentage of the rule's requests copied (0–100). */
  percent: number;
}

export interface SimAnswer {
  outcome: SimOutcome;
  /** The status the proxy answers with itself (redirect, response, 404, 500, 503). */
  statusCode?: number;
  reason?: SimReason;
  listener?: SimListener;
  route?: SimRoute;
  /** The candidate that would have won next, with the precedence step that decided. */
  runnerUp?: SimRoute & { decidedBy: string };
  explanation: SimStep[];
  backends: SimBackend[];
  backendRequest?: SimBackendRequest;
  redirect?: { location: string; statusCode: number };
  responseHeaders?: Record<string, string>;
  /** Direct response body (Istio `directResponse`). */
  body?: string;
  mirrors: SimMirror[];
  /** Graph node and edge ids on the request's path, for the canvas. */
  highlight: { nodes: string[]; edges: string[] };
}

/** A reference the answer went through, resolved to a graph edge at the end. */
export interface EdgeRef {
  from: string;
  /** The field that makes the reference (the edge's `source.path`). */
  path: FieldPath;
}

/** Collects an answer's explanation and path while the simulator walks the design. */
export class AnswerBuilder {
  readonly steps: SimStep[] = [];
  readonly nodes: string[] = [];
  readonly edges: EdgeRef[] = [];

  step(step: string, message: string, node?: string): this {
    this.steps.push(node === undefined ? { step, message } : { step, message, node });
    return this;
  }

  through(node: string | undefined, edge?: EdgeRef): this {
    if (node !== undefined && !this.nodes.includes(node)) this.nodes.push(node);
    if (edge) this.edges.push(edge);
    return this;
  }
}
