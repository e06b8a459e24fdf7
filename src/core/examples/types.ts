import type { SourceFile } from '../design/design.ts';

/** A ready-made design: served by the app (`/?example=<id>`) and loaded by tests. */
export interface Example {
  id: string;
  title: string;
  description: string;
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
