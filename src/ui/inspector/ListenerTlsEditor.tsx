import type { FieldPath } from '../../core/diagnostics.ts';
import { asList, asRecord, text, type Json } from '../canvas/read-value.ts';
import { useDesign } from '../state/store-context.tsx';
import { secretSuggestions, selectSecrets } from './design-lists.ts';
import { Field } from './Field.tsx';
import type { PartProps } from './section-props.ts';
import { checkDnsSubdomain } from './validate.ts';

/**
 * A listener's TLS: the mode (HTTPS terminates; TLS terminates or passes through) and, when it
 * terminates, the certificate Secret (one of the Gateway's namespace, or a name typed in).
 */
export function ListenerTlsEditor({
  resource,
  run,
  tls,
  path,
  protocol,
}: PartProps & {
  tls: Readonly<Record<string, Json>>;
  /** Path of the listener. */
  path: FieldPath;
  protocol: string;
}) {
  const secrets = useDesign(selectSecrets);
  const key = resource.key;
  const mode = text(tls.mode) || 'Terminate';
  const certificates = asList(tls.certificateRefs).map(asRecord);
  const certificate = certificates[0];
  return (
    <div className="rs-subgroup" data-testid="inspector.listenerTls">
      <div className="rs-field-row">
        <Field
          label="TLS mode"
          value={mode}
          options={protocol === 'HTTPS' ? ['Terminate'] : ['Terminate', 'Passthrough']}
          testId="inspector.field.tlsMode"
          onCommit={(value) =>
            run({ type: 'setField', key, path: [...path, 'tls', 'mode'], value })
          }
        />
        {mode === 'Terminate' && (
          <Field
            label="Certificate Secret"
            value={text(certificate?.name)}
            check={checkDnsSubdomain}
            suggestions={secretSuggestions(secrets, resource.namespace)}
            placeholder="Secret name"
            testId="inspector.field.certificate"
            onCommit={(name) =>
              run(
                certificate
                  ? {
                      type: 'setField',
                      key,
                      path: [...path, 'tls', 'certificateRefs', 0, 'name'],
                      value: name,
                    }
                  : {
                      type: 'setField',
                      key,
                      path: [...path, 'tls', 'certificateRefs'],
                      value: [{ kind: 'Secret', name }],
                    },
              )
            }
          />
        )}
      </div>
      {certificates.length > 1 && (
        <p className="rs-inspector__hint">
          And {certificates.length - 1} more certificate{certificates.length > 2 ? 's' : ''} (edit
          them in the YAML).
        </p>
      )}
    </div>
  );
}
