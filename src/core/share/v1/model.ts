import { Predictor } from '../model/predictor.ts';
import { DICTIONARY_V1 } from './dictionary.ts';

/** The streams of v1, each with a vocabulary of its own in the model. */
export const STREAM = { text: 1, name: 2, meta: 3 } as const;

/** Ends every string: a byte UTF-8 never contains, so texts need no length. */
export const END = 0xff;

const utf8 = new TextEncoder();

/** What the model learns before a design, besides the manifests: names and ids as the app writes them. */
const NAMES = [
  'gateway.yaml',
  'gatewayclass.yaml',
  'gateway-class.yaml',
  'httproute.yaml',
  'http-route.yaml',
  'grpcroute.yaml',
  'grpc-route.yaml',
  'tlsroute.yaml',
  'tls-route.yaml',
  'tcproute.yaml',
  'tcp-route.yaml',
  'udproute.yaml',
  'udp-route.yaml',
  'referencegrant.yaml',
  'reference-grant.yaml',
  'backendtlspolicy.yaml',
  'backend-tls-policy.yaml',
  'listenerset.yaml',
  'namespaces.yaml',
  'service.yaml',
  'services.yaml',
  'secret.yaml',
  'deployment.yaml',
  'virtualservice.yaml',
  'virtual-service.yaml',
  'destinationrule.yaml',
  'destination-rule.yaml',
  'istio-gateway.yaml',
  'routes.yaml',
  'canary.yaml',
  'traffic-split.yaml',
  'weighted-routing.yaml',
  'header-matching.yaml',
  'path-matching.yaml',
  'query-param-matching.yaml',
  'method-matching.yaml',
  'http-redirect.yaml',
  'https-redirect.yaml',
  'http-rewrite.yaml',
  'url-rewrite.yaml',
  'request-mirroring.yaml',
  'request-header-modifier.yaml',
  'response-header-modifier.yaml',
  'cors.yaml',
  'timeouts.yaml',
  'retry.yaml',
  'session-persistence.yaml',
  'cross-namespace.yaml',
  'tls-passthrough.yaml',
  'tls-termination.yaml',
  'simple-gateway.yaml',
  'basic-http.yaml',
  'backend.yaml',
  'app.yaml',
  'design.yaml',
  'manifests/gateway.yaml',
  'base/routes.yml',
  'values.json',
];
const IDS = [
  'gateway.networking.k8s.io/Gateway/default/example-gateway',
  'gateway.networking.k8s.io/HTTPRoute/default/example-route',
  '/Service/default/example-svc',
  'networking.istio.io/VirtualService/default/reviews',
];

function learnStream(predictor: Predictor, stream: number, text: string): void {
  predictor.startStream(stream);
  predictor.learn(utf8.encode(text));
  predictor.learn(Uint8Array.of(END));
}

let primed: Predictor | undefined;

/**
 * Runs `code` with the v1 model after it has learned the dictionary, and puts the model back
 * afterwards (also when `code` throws). The primed model is built on first use (about 0.2 s) and
 * kept; coding is synchronous, so one link at a time uses it.
 */
export function withPrimedPredictorV1<T>(code: (predictor: Predictor) => T): T {
  if (!primed) {
    const model = new Predictor();
    for (const name of NAMES) learnStream(model, STREAM.name, name);
    for (const id of IDS) learnStream(model, STREAM.meta, id);
    for (const part of DICTIONARY_V1.split('\n---\n')) learnStream(model, STREAM.text, `${part}\n`);
    primed = model;
  }
  const predictor = primed;
  predictor.begin();
  try {
    return code(predictor);
  } finally {
    predictor.restore();
  }
}
