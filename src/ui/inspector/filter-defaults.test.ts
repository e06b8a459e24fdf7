import { describe, expect, it } from 'vitest';
import { validateDesignSchema } from '../../core/analysis/schema/validate.ts';
import { applyCommand } from '../../core/commands/apply.ts';
import type { Command } from '../../core/commands/types.ts';
import { createDesign } from '../../core/design/design.ts';
import { FILTER_TYPES, newFilter } from './filter-defaults.ts';
import { nameValueYaml } from './list-commands.ts';

const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/shop/api';
const yaml = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: api
  namespace: shop
spec:
  rules:
  - matches:
    - path:
        type: PathPrefix
        value: /api
    backendRefs:
    - name: api
      port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: api
  namespace: shop
spec:
  ports:
  - port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: audit
  namespace: ops
spec:
  ports:
  - port: 9000
`;

function setup() {
  const design = createDesign([{ name: 'a.yaml', text: yaml }]);
  const services = design.resources.filter((r) => r.kind === 'Service');
  const rule = (d = design) => (d.byKey.get(ROUTE)!.value.spec as { rules: unknown[] }).rules[0];
  return { design, services, rule };
}

/** Applies commands in order; each must succeed and leave the route schema-valid. */
function applyValid(commands: Command[]) {
  let { design } = setup();
  for (const command of commands) {
    const result = applyCommand(design, command);
    expect(result.diagnostics).toEqual([]);
    design = result.design;
  }
  expect(validateDesignSchema(design).map((d) => d.message)).toEqual([]);
  return design;
}

describe('new filters', () => {
  it('each offered HTTPRoute filter but the redirect is valid as added', () => {
    const { services } = setup();
    const design = applyValid(
      FILTER_TYPES.HTTPRoute!.filter((t) => t !== 'RequestRedirect').map((type) => ({
        type: 'addFilter',
        key: ROUTE,
        rule: 0,
        filter: newFilter(type, setup().rule(), services, 'shop') as never,
      })),
    );
    expect(design.files[0]!.text).toContain('replacePrefixMatch: /');
  });

  it('adds an HTTPS redirect to a rule without backends, mirrors to a Service not in the rule', () => {
    const { rule, services } = setup();
    expect(newFilter('RequestRedirect', rule(), services, 'shop')).toMatchObject({
      reason: expect.stringMatching(/cannot have backends/),
    });
    expect(newFilter('RequestRedirect', { backendRefs: [] }, services, 'shop')).toEqual({
      type: 'RequestRedirect',
      requestRedirect: { scheme: 'https', statusCode: 301 },
    });
    expect(newFilter('RequestMirror', rule(), services, 'shop')).toEqual({
      type: 'RequestMirror',
      requestMirror: { backendRef: { name: 'audit', namespace: 'ops', port: 9000 } },
    });
  });

  it('refuses a second filter of a kind, redirect with rewrite, a mirror with no Service', () => {
    const rule = {
      filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https' } }],
    };
    expect(newFilter('RequestRedirect', rule, [], 'shop')).toHaveProperty('reason');
    expect(newFilter('URLRewrite', rule, [], 'shop')).toMatchObject({
      reason: expect.stringMatching(/both redirect and rewrite/),
    });
    expect(newFilter('RequestMirror', {}, [], 'shop')).toHaveProperty('reason');
  });

  it('header and query matches written by the inspector are valid', () => {
    const header = nameValueYaml('Exact');
    applyValid([
      {
        type: 'setField',
        key: ROUTE,
        path: ['spec', 'rules', 0, 'matches', 0, 'headers', 0],
        value: header({ name: 'x-canary', value: 'true', type: 'Exact' }),
      },
      {
        type: 'setField',
        key: ROUTE,
        path: ['spec', 'rules', 0, 'matches', 0, 'queryParams', 0],
        value: header({ name: 'v', value: '2.*', type: 'RegularExpression' }),
      },
      {
        type: 'setField',
        key: ROUTE,
        path: ['spec', 'rules', 0, 'matches', 0, 'method'],
        value: 'GET',
      },
      {
        type: 'setField',
        key: ROUTE,
        path: ['spec', 'rules', 0, 'timeouts'],
        value: { request: '10s', backendRequest: '2s' },
      },
    ]);
  });
});
