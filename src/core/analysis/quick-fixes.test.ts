import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesign, type Design } from '../design/design.ts';
import { formatPath, type Diagnostic } from '../diagnostics.ts';
import { analyzeDesign } from './analyze.ts';
import { applyQuickFix, quickAssists, quickFixes } from './quick-fixes.ts';
import { parseFieldPath } from './quick-fixes/field-path.ts';

const GATEWAY = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
  namespace: infra
spec:
  gatewayClassName: example
  listeners:
  - name: http
    protocol: HTTP
    port: 80
    allowedRoutes:
      namespaces:
        from: All
  - name: https
    protocol: HTTPS
    port: 443
    tls:
      certificateRefs:
      - name: cert
        namespace: certs
    allowedRoutes:
      namespaces:
        from: All
`;

const route = (
  parentRef: string,
  backend = '- name: api\n      port: 80',
) => `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
  namespace: shop
spec:
  parentRefs:
  - name: gw
    namespace: infra
${parentRef}
  rules:
  - backendRefs:
    ${backend}
`;

const SERVICES = `apiVersion: v1
kind: Service
metadata:
  name: api
  namespace: shop
spec:
  ports:
  - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: api
  namespace: billing
spec:
  ports:
  - port: 80
---
apiVersion: v1
kind: Secret
metadata:
  name: cert
  namespace: certs
type: kubernetes.io/tls
`;

function designOf(...docs: string[]): Design {
  return createDesign([{ name: 'design.yaml', text: docs.join('---\n') }]);
}

/** Every diagnostic the editor shows besides parse ones (schema, CEL and analysis). */
function diagnosticsOf(design: Design): Diagnostic[] {
  return analyzeDesign(design).diagnostics;
}

function only(design: Design, code: string): Diagnostic[] {
  return diagnosticsOf(design).filter((d) => d.code === code);
}

describe('quickFixes: ref-not-permitted', () => {
  it('adds a ReferenceGrant for a backend in another namespace, which clears the error', () => {
    const design = designOf(
      GATEWAY,
      route('    sectionName: http', '- name: api\n      namespace: billing\n      port: 80'),
      SERVICES,
    );
    const backendOf = (d: Design) =>
      only(d, 'ref-not-permitted').filter((x) => x.path === 'spec.rules[0].backendRefs[0]');
    const [diagnostic] = backendOf(design);
    expect(diagnostic).toBeDefined();
    const fixes = quickFixes(design, diagnostic!);
    expect(fixes.map((f) => [f.title, f.preferred])).toEqual([
      ['Add a ReferenceGrant in billing letting HTTPRoutes from shop use Service api', true],
    ]);
    const fixed = applyQuickFix(design, fixes[0]!);
    expect(fixed.diagnostics).toEqual([]);
    expect(backendOf(fixed.design)).toEqual([]);
    expect(fixed.design.files[0]!.text).toContain(`kind: ReferenceGrant
metadata:
  name: shop-httproutes-to-billing
  namespace: billing`);
  });

  it('adds a grant for a certificate Secret of a listener', () => {
    const design = designOf(GATEWAY, route('    sectionName: http'), SERVICES);
    const [diagnostic] = only(design, 'ref-not-permitted');
    expect(diagnostic?.path).toBe('spec.listeners[1].tls.certificateRefs[0]');
    expect(only(design, 'ref-not-permitted')).toHaveLength(1);
    const [fix] = quickFixes(design, diagnostic!);
    expect(fix?.title).toBe(
      'Add a ReferenceGrant in certs letting Gateways from infra use Secret cert',
    );
    expect(only(applyQuickFix(design, fix!).design, 'ref-not-permitted')).toEqual([]);
  });
});

describe('quickFixes: sectionName', () => {
  it('offers the listeners that take the route, the closest to a typo first', () => {
    const design = designOf(GATEWAY, route('    sectionName: htps'), SERVICES);
    const [diagnostic] = only(design, 'route-no-matching-parent');
    const fixes = quickFixes(design, diagnostic!);
    expect(fixes.map((f) => [f.title, f.preferred])).toEqual([
      ['Change sectionName to https (HTTPS 443)', true],
      ['Change sectionName to http (HTTP 80)', false],
    ]);
    const fixed = applyQuickFix(design, fixes[0]!).design;
    expect(only(fixed, 'route-no-matching-parent')).toEqual([]);
    expect(fixed.files[0]!.text).toContain('    sectionName: https\n');
  });

  it('does not offer listeners that refuse the route', () => {
    const httpOnlyFromInfra = GATEWAY.replace(
      '        from: All\n  - name: https',
      '        from: Same\n  - name: https',
    );
    const design = designOf(httpOnlyFromInfra, route('    sectionName: http'), SERVICES);
    const [diagnostic] = only(design, 'route-not-allowed-by-listeners');
    expect(quickFixes(design, diagnostic!).map((f) => f.title)).toEqual([
      'Change sectionName to https (HTTPS 443)',
    ]);
  });

  it('fixes the port too when the new listener is on another one', () => {
    const design = designOf(GATEWAY, route('    sectionName: nope\n    port: 80'), SERVICES);
    const [diagnostic] = only(design, 'route-no-matching-parent');
    const https = quickFixes(design, diagnostic!).find((f) => f.title.includes('https'))!;
    const fixed = applyQuickFix(design, https).design;
    expect(fixed.files[0]!.text).toContain('    sectionName: https\n    port: 443\n');
    expect(only(fixed, 'route-no-matching-parent')).toEqual([]);
  });
});

describe('quickAssists', () => {
  it('pins a parentRef that attaches to several listeners to one of them', () => {
    const design = designOf(GATEWAY, route(''), SERVICES);
    const text = design.files[0]!.text;
    const offset = text.indexOf('  - name: gw') + 5;
    const assists = quickAssists(design, 'design.yaml', offset);
    expect(assists.map((a) => a.title)).toEqual([
      'Attach only to listener http (HTTP 80)',
      'Attach only to listener https (HTTPS 443)',
    ]);
    const fixed = applyQuickFix(design, assists[0]!).design;
    expect(fixed.files[0]!.text).toContain('    namespace: infra\n    sectionName: http\n');
  });

  it('offers nothing once the parentRef names its listener, or outside parentRefs', () => {
    const design = designOf(GATEWAY, route('    sectionName: http'), SERVICES);
    const text = design.files[0]!.text;
    expect(quickAssists(design, 'design.yaml', text.indexOf('  - name: gw') + 5)).toEqual([]);
    expect(quickAssists(design, 'design.yaml', text.indexOf('backendRefs'))).toEqual([]);
  });
});

describe('quickFixes: schema-enum', () => {
  it('offers the allowed values close to a mistyped protocol', () => {
    const design = designOf(GATEWAY.replace('protocol: HTTP\n', 'protocol: HTTPX\n'));
    const [diagnostic] = only(design, 'schema-enum');
    const fixes = quickFixes(design, diagnostic!);
    // HTTP and HTTPS are both one edit away: neither is the obvious one.
    expect(fixes.map((f) => [f.title, f.preferred])).toEqual([
      ['Change protocol to HTTP', false],
      ['Change protocol to HTTPS', false],
    ]);
    const fixed = applyQuickFix(design, fixes[0]!).design;
    expect(only(fixed, 'schema-enum')).toEqual([]);
    expect(fixed.files[0]!.text).toContain('    protocol: HTTP\n    port: 80\n');
  });

  it('prefers the single closest value of a closed enum', () => {
    const design = designOf(
      route('    sectionName: http').replace(
        '  - backendRefs:',
        '  - matches:\n    - path:\n        type: PathPrefx\n        value: /\n    backendRefs:',
      ),
    );
    const [diagnostic] = only(design, 'schema-enum');
    const [first] = quickFixes(design, diagnostic!);
    expect(first).toMatchObject({ title: 'Change type to PathPrefix', preferred: true });
  });

  it('offers nothing for diagnostics without an obvious fix', () => {
    const design = designOf(route('    sectionName: http'));
    const [diagnostic] = only(design, 'parent-not-found');
    expect(diagnostic).toBeDefined();
    expect(quickFixes(design, diagnostic!)).toEqual([]);
  });
});

describe('parseFieldPath', () => {
  it('reads back what formatPath prints', () => {
    const key = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,8}$/);
    const path = fc
      .tuple(key, fc.array(fc.oneof(key, fc.nat({ max: 99 })), { maxLength: 6 }))
      .map(([head, rest]) => [head, ...rest]);
    fc.assert(
      fc.property(path, (p) => {
        expect(parseFieldPath(formatPath(p))).toEqual(p);
      }),
    );
  });
});
