/** Secret (v1): certificates for TLS listeners and credentials. */
import { resourceShell } from '../common.ts';
import { bool, map, str, type ObjectSchema } from '../dsl.ts';

export function secret(apiVersion: string): ObjectSchema {
  return resourceShell('Secret', apiVersion, {
    type: str({
      description: 'Kind of secret; kubernetes.io/tls holds tls.crt and tls.key.',
      examples: ['Opaque', 'kubernetes.io/tls', 'kubernetes.io/dockerconfigjson'],
    }),
    data: map(str(), { description: 'Base64-encoded values.' }),
    stringData: map(str(), { description: 'Plain-text values, encoded on write.' }),
    immutable: bool({ description: 'Forbid changes to the data.' }),
  });
}

/** ConfigMap (v1): CA bundles for BackendTLSPolicy, among others. */
export function configMap(apiVersion: string): ObjectSchema {
  return resourceShell('ConfigMap', apiVersion, {
    data: map(str(), { description: 'Plain-text values.' }),
    binaryData: map(str(), { description: 'Base64-encoded binary values.' }),
    immutable: bool({ description: 'Forbid changes to the data.' }),
  });
}
