import { routeKindHasHostnames } from '../../core/model/kinds.ts';
import { asList, asRecord, text } from '../canvas/read-value.ts';
import type { Resource } from '../../core/model/resource.ts';
import { useDesign } from '../state/store-context.tsx';
import { nameFrom, selectParents } from './design-lists.ts';
import { Field } from './Field.tsx';
import { Picker, type PickerOption } from './Picker.tsx';
import { RuleEditor } from './RuleEditor.tsx';
import type { SectionProps } from './section-props.ts';
import { checkHostname, splitList } from './validate.ts';

function checkHostnames(value: string): string | undefined {
  for (const host of splitList(value)) {
    const problem = checkHostname(host);
    if (problem) return problem;
  }
  return undefined;
}

/** The Gateways, ListenerSets and their listeners a route can attach to, as graph node ids. */
function parentOptions(parents: readonly Resource[], from: Resource): PickerOption[] {
  return parents.flatMap((p) => {
    const name = `${p.kind} ${nameFrom(from.namespace, p)}`;
    const listeners = asList(asRecord(p.value.spec).listeners).map((l) => text(asRecord(l).name));
    return [
      { value: p.key, label: name },
      ...listeners
        .filter(Boolean)
        .map((l) => ({ value: `${p.key}#listener/${l}`, label: `${name} · ${l}` })),
    ];
  });
}

/** A Gateway API route: hostnames, parents (attach, detach), rules with matches, filters, backends. */
export function RouteSection({ resource, run, connect }: SectionProps) {
  const gateways = useDesign(selectParents);
  const spec = asRecord(resource.value.spec);
  const hostnames = asList(spec.hostnames).map(text);
  const parents = asList(spec.parentRefs).map(asRecord);
  const rules = asList(spec.rules);
  return (
    <>
      {routeKindHasHostnames(resource.kind) && (
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
        <Picker
          title="Attach to…"
          testId="inspector.attachParent"
          options={parentOptions(gateways, resource)}
          onPick={(target) => connect(resource.key, target)}
        />
      </section>
      <section className="rs-inspector__section">
        <h3>Rules</h3>
        {rules.map((rule, i) => (
          <RuleEditor
            key={i}
            resource={resource}
            run={run}
            connect={connect}
            rule={rule}
            index={i}
          />
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
