import { describe, expect, it } from 'vitest';
import { dedent } from '../testing/dedent.ts';
import { apply, designOf, textAfter } from './test-support.ts';

const GW = 'networking.istio.io/Gateway/istio-system/public';
const gateway = dedent`
  apiVersion: networking.istio.io/v1
  kind: Gateway
  metadata:
    name: public
    namespace: istio-system
  spec:
    servers:
    - port:
        number: 80
        name: http
        protocol: HTTP
      hosts:
      - "*"
      tls:
        httpsRedirect: true
    - port:
        number: 443
        name: https
        protocol: HTTPS
      hosts:
      - "*"
      tls:
        mode: SIMPLE
        credentialName: travel-cert
`;

describe('setServerProtocol', () => {
  it('HTTPS terminates TLS with a credential and moves 80 to 443', () => {
    const text = textAfter(designOf(gateway), {
      type: 'setServerProtocol',
      key: GW,
      server: 0,
      protocol: 'HTTPS',
    });
    expect(text).toContain(dedent`
      - port:
            number: 443
            name: http
            protocol: HTTPS
          hosts:
          - "*"
          tls:
            mode: SIMPLE
            credentialName: public-cert
    `);
  });

  it('plain protocols drop tls (HTTPS to HTTP moves 443 to 80); TLS passes through', () => {
    const http2 = textAfter(designOf(gateway), {
      type: 'setServerProtocol',
      key: GW,
      server: 1,
      protocol: 'HTTP',
    });
    expect(http2).toContain(
      '    number: 80\n      name: https\n      protocol: HTTP\n    hosts:\n    - "*"\n',
    );
    expect(http2).not.toContain('travel-cert');
    const grpc = textAfter(designOf(gateway), {
      type: 'setServerProtocol',
      key: GW,
      server: 0,
      protocol: 'GRPC',
    });
    expect(grpc).not.toContain('httpsRedirect');
    const tls = apply(designOf(grpc), {
      type: 'setServerProtocol',
      key: GW,
      server: 0,
      protocol: 'TLS',
    });
    expect(tls.diagnostics).toEqual([]);
    expect(tls.design.files[0]!.text).toContain(
      'protocol: TLS\n    hosts:\n    - "*"\n    tls:\n      mode: PASSTHROUGH\n',
    );
  });

  it('refuses a server that is not there', () => {
    const result = apply(designOf(gateway), {
      type: 'setServerProtocol',
      key: GW,
      server: 4,
      protocol: 'HTTP',
    });
    expect(result.diagnostics[0]?.code).toBe('edit-target-missing');
  });
});
