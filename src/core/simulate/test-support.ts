import { gatewayYaml } from '../analysis/test-support.ts';
import { createDesign, type Design } from '../design/design.ts';
import type { SimAnswer } from './answer.ts';
import { gatewayEntry, serviceEntry, type SimEntry } from './entry.ts';
import { buildRequest, type RequestSpec } from './request.ts';
import { simulate } from './simulate.ts';

/** A one-file design (test helper). */
export function designOf(yaml: string): Design {
  return createDesign([{ name: 'design.yaml', text: yaml }]);
}

/**
 * Simulates `METHOD URL` entering at `entry` (`ns/name` of a Gateway or Istio Gateway, `mesh`,
 * or `service:ns/name`), with headers as `Name: value` lines (test helper).
 */
export function simulateIn(
  design: Design | string,
  entry: string,
  line: string,
  headers: string[] = [],
  extra: Partial<RequestSpec> = {},
): SimAnswer {
  const d = typeof design === 'string' ? designOf(design) : design;
  const [method, url] = line.split(' ') as [string, string];
  const request = buildRequest({ method, url, headers, ...extra });
  if ('error' in request) throw new Error(request.error);
  const [gateway, listener] = entry.split('#');
  const e: SimEntry = entry.startsWith('service:')
    ? serviceEntry(d, entry.slice('service:'.length))
    : gatewayEntry(d, gateway!, listener);
  return simulate(d, e, request);
}

/** `Service ns/name 90` for each backend, for compact assertions. */
export function backendsOf(answer: SimAnswer): string[] {
  return answer.backends.map(
    (b) =>
      `${b.namespace}/${b.name}${b.subset ? `#${b.subset}` : ''} ${Math.round(b.probability * 1e4) / 100}${b.error ? ` ${b.error.statusCode}` : ''}`,
  );
}

/** `HTTPRoute ns/name 0.1` (kind, route, rule and match), or `none`. */
export function winnerOf(answer: SimAnswer): string {
  const r = answer.route;
  return r ? `${r.kind} ${r.namespace}/${r.name} ${r.rule}.${r.match}` : 'none';
}

/** The explanation as one text, for `toMatch` assertions. */
export function whyOf(answer: SimAnswer): string {
  return answer.explanation.map((s) => `${s.step}: ${s.message}`).join('\n');
}

/** A Gateway API GatewayClass, Gateway `infra/gw` with `listeners`, and Services. */
export function gatewayWith(listeners: string, services: readonly string[] = []): string {
  const svc = services
    .map((s) => {
      const [namespace, name] = s.split('/') as [string, string];
      return `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  ports:\n  - port: 80\n`;
    })
    .join('');
  return gatewayYaml(listeners) + svc;
}

/** An HTTP listener on port 80 that admits routes from every namespace. */
export const HTTP_LISTENER = `  - name: http
    protocol: HTTP
    port: 80
    allowedRoutes:
      namespaces:
        from: All
`;
