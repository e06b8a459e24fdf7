import { GATEWAY_CONTROLLERS } from '../../core/model/gateway-controllers.ts';
import { asRecord, text } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import { setOrRemove } from './list-commands.ts';
import type { SectionProps } from './section-props.ts';

const SUGGESTIONS = GATEWAY_CONTROLLERS.map((c) => ({
  value: c.controllerName,
  hint: c.implementation,
}));

/** A domain-prefixed path, as the GatewayClass CRD requires of a controllerName. */
function checkControllerName(value: string): string | undefined {
  return /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/.test(
    value,
  )
    ? undefined
    : 'Write a domain-prefixed path, like example.com/gateway-controller.';
}

/** GatewayClass: the controller that implements it (common implementations offered). */
export function GatewayClassSection({ resource, run }: SectionProps) {
  const spec = asRecord(resource.value.spec);
  const key = resource.key;
  return (
    <section className="rs-inspector__section">
      <Field
        label="Controller"
        value={text(spec.controllerName)}
        check={checkControllerName}
        suggestions={SUGGESTIONS}
        testId="inspector.field.controllerName"
        onCommit={(value) =>
          run({ type: 'setField', key, path: ['spec', 'controllerName'], value })
        }
      />
      <Field
        label="Description"
        value={text(spec.description)}
        placeholder="none"
        testId="inspector.field.description"
        onCommit={(value) => run(setOrRemove(key, ['spec', 'description'], value))}
      />
    </section>
  );
}
