import { asList, asRecord, getIn, text, type Json } from '../canvas/read-value.ts';
import { useDesign } from '../state/store-context.tsx';
import { CardHead } from './CardHead.tsx';
import { secretSuggestions, selectSecrets } from './design-lists.ts';
import { Field } from './Field.tsx';
import { LabelsField } from './LabelsField.tsx';
import { emptiedPath, setOrRemove } from './list-commands.ts';
import { PartCard } from './PartCard.tsx';
import type { PartProps, SectionProps } from './section-props.ts';
import { checkDnsLabel, checkDnsSubdomain, checkPort, splitList } from './validate.ts';

const PROTOCOLS = ['HTTP', 'HTTPS', 'HTTP2', 'GRPC', 'TLS', 'TCP', 'MONGO'] as const;
const TLS_MODES = [
  '',
  'SIMPLE',
  'MUTUAL',
  'PASSTHROUGH',
  'AUTO_PASSTHROUGH',
  'ISTIO_MUTUAL',
  'OPTIONAL_MUTUAL',
] as const;
/** TLS modes in which the gateway terminates TLS with a certificate of its own. */
const WITH_CREDENTIAL = new Set(['SIMPLE', 'MUTUAL', 'OPTIONAL_MUTUAL']);

/** One server: port (number, name, protocol), hosts, TLS mode and certificate. */
function ServerCard({
  resource,
  run,
  server,
  index,
  count,
}: PartProps & { server: Readonly<Record<string, Json>>; index: number; count: number }) {
  const secrets = useDesign(selectSecrets);
  const key = resource.key;
  const at = ['spec', 'servers', index];
  const set = (field: (string | number)[], value: string | number | readonly string[]) =>
    run(setOrRemove(key, [...at, ...field], value));
  const mode = text(getIn(server, ['tls', 'mode']));
  const label = text(getIn(server, ['port', 'name'])) || `server ${index}`;
  return (
    <PartCard partId={`${key}#server/${index}`} className="rs-rule" testId="inspector.server">
      <CardHead
        title={<strong>{label}</strong>}
        removeLabel={`Remove server ${label}`}
        onRemove={() =>
          run({ type: 'removeField', key, path: count > 1 ? at : ['spec', 'servers'] })
        }
      />
      <div className="rs-field-row">
        <Field
          label="Port"
          value={text(getIn(server, ['port', 'number']))}
          check={checkPort}
          testId="inspector.field.serverPort"
          onCommit={(v) => set(['port', 'number'], Number(v))}
        />
        <Field
          label="Protocol"
          value={text(getIn(server, ['port', 'protocol']))}
          options={PROTOCOLS}
          testId="inspector.field.serverProtocol"
          onCommit={(protocol) => run({ type: 'setServerProtocol', key, server: index, protocol })}
        />
        <Field
          label="Port name"
          value={text(getIn(server, ['port', 'name']))}
          check={(v) => (v ? checkDnsLabel(v) : undefined)}
          testId="inspector.field.serverPortName"
          onCommit={(v) => set(['port', 'name'], v)}
        />
      </div>
      <Field
        label="Hosts (comma separated; ns/host to limit to a namespace)"
        value={asList(server.hosts).map(text).join(', ')}
        check={(v) => (splitList(v).length ? undefined : 'A server needs a host; * for any.')}
        testId="inspector.field.serverHosts"
        onCommit={(v) =>
          run({ type: 'setList', key, path: [...at, 'hosts'], values: splitList(v) })
        }
      />
      {text(getIn(server, ['port', 'protocol'])) === 'HTTP' && (
        <label className="rs-check">
          <input
            type="checkbox"
            checked={getIn(server, ['tls', 'httpsRedirect']) === true}
            data-testid="inspector.field.httpsRedirect"
            onChange={(e) =>
              run(
                e.target.checked
                  ? { type: 'setField', key, path: [...at, 'tls', 'httpsRedirect'], value: true }
                  : {
                      type: 'removeField',
                      key,
                      path: emptiedPath(resource.value, [...at, 'tls', 'httpsRedirect']),
                    },
              )
            }
          />
          Redirect to HTTPS
        </label>
      )}
      <div className="rs-field-row">
        <Field
          label="TLS mode"
          value={mode}
          options={TLS_MODES}
          testId="inspector.field.serverTlsMode"
          onCommit={(v) =>
            run(
              v
                ? setOrRemove(key, [...at, 'tls', 'mode'], v)
                : {
                    type: 'removeField',
                    key,
                    path: emptiedPath(resource.value, [...at, 'tls', 'mode']),
                  },
            )
          }
        />
        {WITH_CREDENTIAL.has(mode) && (
          <Field
            label="Credential (Secret)"
            value={text(getIn(server, ['tls', 'credentialName']))}
            check={(v) => (v ? checkDnsSubdomain(v) : undefined)}
            suggestions={secretSuggestions(secrets, resource.namespace)}
            placeholder="Secret name"
            testId="inspector.field.credentialName"
            onCommit={(v) => set(['tls', 'credentialName'], v)}
          />
        )}
      </div>
    </PartCard>
  );
}

/** Istio Gateway: the ingress Pods it configures (selector) and its servers. */
export function IstioGatewaySection({ resource, run }: SectionProps) {
  const key = resource.key;
  const spec = asRecord(resource.value.spec);
  const servers = asList(spec.servers).map(asRecord);
  return (
    <>
      <section className="rs-inspector__section">
        <LabelsField
          resource={resource}
          run={run}
          path={['spec', 'selector']}
          label="Selector (gateway Pod labels k=v, …)"
          testId="inspector.field.gatewaySelector"
        />
      </section>
      <section className="rs-inspector__section">
        <h3>Servers</h3>
        {servers.map((server, i) => (
          <ServerCard
            key={i}
            resource={resource}
            run={run}
            server={server}
            index={i}
            count={servers.length}
          />
        ))}
        <button
          type="button"
          data-testid="inspector.addServer"
          onClick={() =>
            run({
              type: 'setField',
              key,
              path: ['spec', 'servers', servers.length],
              value: {
                port: { number: 443, name: `https-${servers.length + 1}`, protocol: 'HTTPS' },
                hosts: ['*'],
                tls: { mode: 'SIMPLE', credentialName: `${resource.name}-cert` },
              },
            })
          }
        >
          Add server
        </button>
      </section>
    </>
  );
}
