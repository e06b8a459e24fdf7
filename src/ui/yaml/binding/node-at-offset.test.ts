import { describe, expect, it } from 'vitest';
import { TestDesigner } from '../../../store/testing/test-designer.ts';
import { nodeAtOffset } from './node-at-offset.ts';

const YAML = `# the shared gateway
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: web
spec:
  gatewayClassName: istio
  listeners:
  - name: http
    port: 80
    protocol: HTTP
---
apiVersion: v1
kind: Service
metadata:
  name: cart
`;

describe('nodeAtOffset', () => {
  const designer = new TestDesigner(YAML);
  const at = (needle: string) =>
    nodeAtOffset(designer.state.design, designer.state.graph, 'design.yaml', YAML.indexOf(needle));

  it('finds the resource under the cursor, also from a comment above it', () => {
    expect(at('name: web')).toBe(TestDesigner.key('Gateway', 'web'));
    expect(at('# the shared')).toBe(TestDesigner.key('Gateway', 'web'));
    expect(at('name: cart')).toBe(TestDesigner.key('Service', 'cart'));
  });

  it('prefers the innermost part (a listener) over its resource', () => {
    expect(at('port: 80')).toBe(`${TestDesigner.key('Gateway', 'web')}#listener/http`);
  });
});
