import { describe, expect, it } from 'vitest';
import { findFile } from '../design/design.ts';
import { dedent } from '../testing/dedent.ts';
import { apply, designOf, textAfter } from './test-support.ts';

const GW = 'gateway.networking.k8s.io';

const gateway = dedent`
  # The shared gateway
  apiVersion: gateway.networking.k8s.io/v1
  kind: Gateway
  metadata:
    name: gw
  spec:
    gatewayClassName: example
    listeners:
      - name: http
        protocol: HTTP
        port: 80
`;
const route = dedent`
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata:
    name: web # public site
  spec:
    parentRefs:
      - name: gw
        sectionName: http
    rules:
      - backendRefs:
          - name: web
            port: 80
`;
const service = dedent`
  apiVersion: v1
  kind: Service
  metadata:
    name: web
  spec:
    ports:
      - port: 80
`;
const stream = `${gateway}---\n${route}---\n${service}`;

describe('addResource', () => {
  it('appends a Gateway with a unique default name and a default body, in the file style', () => {
    const text = textAfter(designOf(stream), {
      type: 'addResource',
      file: 'a.yaml',
      apiVersion: `${GW}/v1`,
      kind: 'Gateway',
    });
    expect(text).toBe(
      stream +
        dedent`
          ---
          apiVersion: gateway.networking.k8s.io/v1
          kind: Gateway
          metadata:
            name: gateway-1
          spec:
            gatewayClassName: example
            listeners:
              - name: http
                protocol: HTTP
                port: 80
        `,
    );
  });

  it('skips names in use, adds a missing final newline and creates missing files', () => {
    const design = designOf({
      'a.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: service-1',
    });
    const text = textAfter(design, {
      type: 'addResource',
      file: 'a.yaml',
      apiVersion: 'v1',
      kind: 'Service',
    });
    expect(text).toContain(
      'name: service-1\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: service-2\n',
    );
    const created = apply(design, {
      type: 'addResource',
      file: 'new.yaml',
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      namespace: 'shop',
    });
    expect(findFile(created.design, 'new.yaml')!.text).toBe(
      dedent`
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: virtual-service-1
          namespace: shop
        spec:
          hosts:
          - backend
          http:
          - match:
            - uri:
                prefix: /
            route:
            - destination:
                host: backend
      `,
    );
  });

  it('hands out names unique across namespaces and not named by references', () => {
    const design = designOf(dedent`
      apiVersion: v1
      kind: Service
      metadata:
        name: service-1
        namespace: shop
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata:
        name: web
      spec:
        rules:
        - backendRefs:
          - name: service-2
    `);
    const text = textAfter(design, {
      type: 'addResource',
      file: 'a.yaml',
      apiVersion: 'v1',
      kind: 'Service',
    });
    expect(text).toContain('  name: service-3\n');
  });

  it('refuses a name that is taken', () => {
    const result = apply(designOf(stream), {
      type: 'addResource',
      file: 'a.yaml',
      apiVersion: 'v1',
      kind: 'Service',
      name: 'web',
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['edit-invalid']);
  });
});

describe('removeResource and duplicateResource', () => {
  it('removes a document with its comments and leaves the others byte-identical', () => {
    expect(
      textAfter(designOf(stream), { type: 'removeResource', key: `${GW}/HTTPRoute/default/web` }),
    ).toBe(`${gateway}---\n${service}`);
    expect(
      textAfter(designOf(stream), { type: 'removeResource', key: `${GW}/Gateway/default/gw` }),
    ).toBe(`${route}---\n${service}`);
  });

  it('removes an item of a List', () => {
    const list =
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: a\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: b\n';
    const once = textAfter(designOf(list), { type: 'removeResource', key: '/Service/default/a' });
    expect(once).toBe(
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: b\n',
    );
    expect(textAfter(designOf(once), { type: 'removeResource', key: '/Service/default/b' })).toBe(
      'apiVersion: v1\nkind: List\nitems: []\n',
    );
  });

  it('duplicates a document right after it, comments included, under a unique name', () => {
    const text = textAfter(designOf(stream), {
      type: 'duplicateResource',
      key: `${GW}/HTTPRoute/default/web`,
    });
    expect(text).toBe(
      `${gateway}---\n${route}---\n${route.replace('name: web #', 'name: web-copy #')}---\n${service}`,
    );
  });
});

describe('renameResource', () => {
  it('renames and updates references to the object and its parts', () => {
    const text = textAfter(designOf(stream), {
      type: 'renameResource',
      key: `${GW}/Gateway/default/gw`,
      name: 'edge',
    });
    expect(text).toBe(
      stream.replace('  name: gw\n', '  name: edge\n').replace('- name: gw\n', '- name: edge\n'),
    );
  });

  it('updates backendRefs, VirtualService hosts and DestinationRule hosts when a Service is renamed', () => {
    const istio = dedent`
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata:
        name: vs
      spec:
        hosts: [web.example.com]
        http:
          - route:
              - destination:
                  host: web
              - destination:
                  host: web.default.svc.cluster.local
      ---
      apiVersion: networking.istio.io/v1
      kind: DestinationRule
      metadata:
        name: dr
      spec:
        host: web
    `;
    const design = designOf({ 'a.yaml': stream, 'b.yaml': istio });
    const result = apply(design, {
      type: 'renameResource',
      key: '/Service/default/web',
      name: 'site',
    });
    expect(result.diagnostics).toEqual([]);
    expect(findFile(result.design, 'a.yaml')!.text).toBe(
      stream
        .replace('        - name: web\n', '        - name: site\n')
        .replace(/name: web\n(?=spec:\n {2}ports)/, 'name: site\n'),
    );
    expect(findFile(result.design, 'b.yaml')!.text).toBe(
      istio
        .replace('host: web\n', 'host: site\n')
        .replace('host: web.default.svc', 'host: site.default.svc')
        .replace('  host: web\n', '  host: site\n'),
    );
  });

  it('leaves references alone when asked to', () => {
    const text = textAfter(designOf(stream), {
      type: 'renameResource',
      key: `${GW}/Gateway/default/gw`,
      name: 'edge',
      updateReferences: false,
    });
    expect(text).toBe(stream.replace('  name: gw\n', '  name: edge\n'));
  });
});

describe('moveToNamespace', () => {
  it('writes the namespace after the name and keeps references resolving both ways', () => {
    const text = textAfter(designOf(stream), {
      type: 'moveToNamespace',
      key: `${GW}/HTTPRoute/default/web`,
      namespace: 'shop',
    });
    expect(text).toBe(
      stream
        .replace('name: web # public site\n', 'name: web # public site\n  namespace: shop\n')
        .replace('- name: gw\n', '- name: gw\n      namespace: default\n')
        .replace('        - name: web\n', '        - name: web\n          namespace: default\n'),
    );
  });

  it('points references at the new namespace', () => {
    const text = textAfter(designOf(stream), {
      type: 'moveToNamespace',
      key: '/Service/default/web',
      namespace: 'shop',
    });
    expect(text).toBe(
      stream
        .replace('        - name: web\n', '        - name: web\n          namespace: shop\n')
        .replace(/name: web\n(?=spec:\n {2}ports)/, 'name: web\n  namespace: shop\n'),
    );
  });

  it('refuses cluster-scoped kinds', () => {
    const design = designOf(
      'apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata:\n  name: c\n',
    );
    const result = apply(design, {
      type: 'moveToNamespace',
      key: `${GW}/GatewayClass//c`,
      namespace: 'x',
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['edit-unsupported']);
  });
});

describe('setField and removeField', () => {
  it('sets and removes any field, keeping comments', () => {
    const design = designOf(route);
    const key = `${GW}/HTTPRoute/default/web`;
    const labelled = textAfter(design, {
      type: 'setField',
      key,
      path: ['metadata', 'labels', 'app'],
      value: 'web',
    });
    expect(labelled).toBe(
      route.replace('# public site\n', '# public site\n  labels:\n    app: web\n'),
    );
    expect(
      textAfter(designOf(labelled), { type: 'removeField', key, path: ['metadata', 'labels'] }),
    ).toBe(route);
  });

  it('reports missing targets', () => {
    const result = apply(designOf(route), {
      type: 'removeField',
      key: `${GW}/HTTPRoute/default/web`,
      path: ['spec', 'nope'],
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['edit-target-missing']);
    const absent = apply(designOf(route), { type: 'removeResource', key: 'x/Y/z/w' });
    expect(absent.diagnostics.map((d) => d.code)).toEqual(['edit-target-missing']);
  });
});
