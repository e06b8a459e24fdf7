import { Field } from './Field.tsx';
import type { SectionProps } from './section-props.ts';
import { checkDnsLabel, checkDnsSubdomain } from './validate.ts';

/** Name and namespace; renaming and moving update the references to the object too. */
export function IdentitySection({ resource, run }: SectionProps) {
  return (
    <section className="rs-inspector__section">
      <Field
        label="Name"
        value={resource.name}
        check={checkDnsSubdomain}
        testId="inspector.field.name"
        onCommit={(name) =>
          run({ type: 'renameResource', key: resource.key, name, updateReferences: true })
        }
      />
      {resource.namespace !== undefined && (
        <Field
          label="Namespace"
          value={resource.namespace}
          check={checkDnsLabel}
          testId="inspector.field.namespace"
          onCommit={(namespace) =>
            run({ type: 'moveToNamespace', key: resource.key, namespace, updateReferences: true })
          }
        />
      )}
    </section>
  );
}
