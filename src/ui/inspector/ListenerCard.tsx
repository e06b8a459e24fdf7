import { asRecord, text, type Json } from '../canvas/read-value.ts';
import { AllowedRoutesEditor } from './AllowedRoutesEditor.tsx';
import { CardHead } from './CardHead.tsx';
import { Field } from './Field.tsx';
import { ListenerTlsEditor } from './ListenerTlsEditor.tsx';
import { setOrRemove } from './list-commands.ts';
import { PartCard } from './PartCard.tsx';
import type { PartProps } from './section-props.ts';
import { checkDnsLabel, checkHostname, checkPort } from './validate.ts';

const PROTOCOLS = ['HTTP', 'HTTPS', 'TLS', 'TCP', 'UDP'] as const;

/**
 * One Gateway API listener: name (routes' sectionNames follow a rename), protocol (tls and
 * hostname follow it), port, hostname, TLS and the routes it allows.
 */
export function ListenerCard({
  resource,
  run,
  listener,
  index,
}: PartProps & { listener: Readonly<Record<string, Json>>; index: number }) {
  const key = resource.key;
  const name = text(listener.name);
  const protocol = text(listener.protocol);
  const at = ['spec', 'listeners', index];
  return (
    <PartCard partId={`${key}#listener/${name}`} className="rs-rule" testId="inspector.listener">
      <CardHead
        title={<strong>{name || `listener ${index}`}</strong>}
        removeLabel={`Remove listener ${name}`}
        onRemove={() => run({ type: 'removeListener', key, name })}
      />
      <div className="rs-field-row">
        <Field
          label="Name"
          value={name}
          check={checkDnsLabel}
          testId="inspector.field.listenerName"
          onCommit={(to) => run({ type: 'renameListener', key, name, to })}
        />
        <Field
          label="Protocol"
          value={protocol}
          options={PROTOCOLS}
          testId="inspector.field.protocol"
          onCommit={(p) => run({ type: 'setListenerProtocol', key, name, protocol: p })}
        />
        <Field
          label="Port"
          value={text(listener.port)}
          check={checkPort}
          testId="inspector.field.port"
          onCommit={(v) => run({ type: 'setField', key, path: [...at, 'port'], value: Number(v) })}
        />
      </div>
      {protocol !== 'TCP' && protocol !== 'UDP' && (
        <Field
          label="Hostname"
          value={text(listener.hostname)}
          check={(v) => (v ? checkHostname(v) : undefined)}
          placeholder="any"
          testId="inspector.field.hostname"
          onCommit={(v) => run(setOrRemove(key, [...at, 'hostname'], v))}
        />
      )}
      {(protocol === 'HTTPS' || protocol === 'TLS') && (
        <ListenerTlsEditor
          resource={resource}
          run={run}
          tls={asRecord(listener.tls)}
          path={at}
          protocol={protocol}
        />
      )}
      <AllowedRoutesEditor
        resource={resource}
        run={run}
        allowedRoutes={asRecord(listener.allowedRoutes)}
        path={[...at, 'allowedRoutes']}
        protocol={protocol}
      />
    </PartCard>
  );
}
