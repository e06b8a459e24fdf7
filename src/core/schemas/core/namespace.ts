/** Namespace (v1, cluster-scoped). Names are RFC 1123 labels. */
import { DNS_LABEL, objectMeta, resourceShell, status } from '../common.ts';
import { list, obj, str, type ObjectSchema } from '../dsl.ts';

export function namespace(apiVersion: string): ObjectSchema {
  return resourceShell(
    'Namespace',
    apiVersion,
    {
      spec: obj(
        { finalizers: list(str(), { description: 'Tasks that must finish before deletion.' }) },
        { title: 'NamespaceSpec', description: 'Finalizers of the namespace.' },
      ),
      status,
    },
    objectMeta(DNS_LABEL, 63),
  );
}
