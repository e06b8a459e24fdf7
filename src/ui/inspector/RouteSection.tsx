import { asList, asRecord, text } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import { RuleEditor } from './RuleEditor.tsx';
import type { SectionProps } from './section-props.ts';
import { checkHostname, splitList } from './validate.ts';

const WITH_HOSTNAMES = new Set(['HTTPRoute', 'GRPCRoute', 'TLSRoute']);

function checkHostnames(value: string): string | undefined {
  for (const host of splitList(value)) {
    const problem = checkHostname(host);
    if (problem) return problem;
  }
  return undefined;
}

/** A Gateway API route: hostnames, parents (detach), rules with matches, filters, backends. */
export function RouteSection({ resource, run }: SectionProps) {
  const spec = asRecord(resource.value.spec);
  const hostnames = asList(spec.hostnames).map(text);
  const parents = asList(spec.parentRefs).map(asRecord);
  const rules = asList(spec.rules);
  return (
    <>
      {WITH_HOSTNAMES.has(resource.kind) && (
        <section className="rs-inspector__section">
          <Field
            label="Hostnames (comma separated)"
            value={hostnames.join(', ')}
            check={checkHostnames}
            placeholder="any hostname"
            testId="inspector.field.hostnames"
            onCommit={(value) =>
              run({ type: 'setHostnames', key: resource.key, hostnames: splitList(value) })
            }
          />
        </section>
      )}
      <section className="rs-inspector__section">
        <h3>Parents</h3>
        {parents.length === 0 && <p className="rs-inspector__hint">Not attached to a Gateway.</p>}
        <ul className="rs-inspector__list">
          {parents.map((p, i) => (
            <li key={i} data-testid="inspector.parent">
              {text(p.kind) || 'Gateway'} {text(p.namespace) && `${text(p.namespace)}/`}
              {text(p.name)}
              {text(p.sectionName) && ` · ${text(p.sectionName)}`}
              {text(p.port) && ` :${text(p.port)}`}
              <button
                type="button"
                className="rs-inspector__remove"
                onClick={() => run({ type: 'detachParent', key: resource.key, parent: i })}
                aria-label={`Detach from ${text(p.name)}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="rs-inspector__section">
        <h3>Rules</h3>
        {rules.map((rule, i) => (
          <RuleEditor key={i} resource={resource} run={run} rule={rule} index={i} />
        ))}
        <button
          type="button"
          onClick={() => run({ type: 'addRule', key: resource.key })}
          data-testid="inspector.addRule"
        >
          Add rule
        </button>
      </section>
    </>
  );
}
