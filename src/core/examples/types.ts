import type { SourceFile } from '../design/design.ts';

/** The routing patterns of the seeds that templates show (each family where it has it). */
export type Pattern =
  | 'path'
  | 'header-ab'
  | 'canary'
  | 'blue-green'
  | 'mirroring'
  | 'timeout-retry'
  | 'https-redirect'
  | 'mtls'
  | 'cross-namespace'
  | 'tcp'
  | 'udp'
  | 'tls-passthrough'
  | 'grpc';

/** Where the template gallery lists an example. */
export type ExampleSection = 'overview' | 'gateway-api' | 'istio' | 'scale';

/**
 * A ready-made design, defined once: the template gallery lists it, the app opens it as
 * `/?example=<id>`, and tests load the same definition.
 */
export interface Example {
  id: string;
  title: string;
  /** One line saying what the design shows. */
  description: string;
  section: ExampleSection;
  /** The seed patterns it shows. */
  patterns: readonly Pattern[];
  files: readonly SourceFile[];
}

/** Joins YAML documents into one multi-document file. */
export function documents(...docs: string[]): string {
  return docs.map((d) => d.trimEnd() + '\n').join('---\n');
}

/** A `v1` Service in front of pods labelled `app: <name>`. */
export function service(name: string, namespace: string, port = 8080): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  selector:
    app: ${name}
  ports:
  - name: http
    port: ${port}
    targetPort: ${port}`;
}
