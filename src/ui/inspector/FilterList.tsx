import { useState } from 'react';
import type { Command } from '../../core/commands/types.ts';
import type { FieldPath } from '../../core/diagnostics.ts';
import type { Resource } from '../../core/model/resource.ts';
import type { DesignState } from '../../store/index.ts';
import { asList, asRecord, text, type Json } from '../canvas/read-value.ts';
import { useDesign } from '../state/store-context.tsx';
import { CardHead } from './CardHead.tsx';
import { FilterEditor } from './FilterEditor.tsx';
import { FILTER_TYPES, newFilter } from './filter-defaults.ts';

const selectServices = (s: DesignState) =>
  s.design.resources.filter((r) => r.group === '' && r.kind === 'Service');

export interface FilterListProps {
  resource: Resource;
  rule: Json;
  index: number;
  run(command: Command): void;
}

/** A rule's filters, each editable and removable, and a way to add one of each kind. */
export function FilterList({ resource, rule, index, run }: FilterListProps) {
  const services = useDesign(selectServices);
  const types = FILTER_TYPES[resource.kind] ?? [];
  const [choice, setChoice] = useState(types[0] ?? '');
  const [error, setError] = useState<string | undefined>();
  const key = resource.key;
  const filters = asList(asRecord(rule).filters);
  const rulePath: FieldPath = ['spec', 'rules', index];
  const add = () => {
    const filter = newFilter(choice, rule, services, resource.namespace);
    if ('reason' in filter) return setError(filter.reason as string);
    setError(undefined);
    run({ type: 'addFilter', key, rule: index, filter });
  };
  if (types.length === 0) return null;
  return (
    <div className="rs-filters">
      <div className="rs-namevalues__title">Filters (applied in order)</div>
      {filters.map((f, j) => (
        <div key={j} className="rs-filter" data-testid="inspector.filter">
          <CardHead
            title={<span>{text(asRecord(f).type)}</span>}
            removeLabel={`Remove filter ${text(asRecord(f).type)}`}
            onRemove={() => run({ type: 'removeFilter', key, rule: index, filter: j })}
          />
          <FilterEditor
            resourceKey={key}
            namespace={resource.namespace}
            filter={f}
            path={[...rulePath, 'filters', j]}
            services={services}
            run={run}
          />
        </div>
      ))}
      <div className="rs-namevalues__new">
        <select
          value={choice}
          aria-label="Filter to add"
          data-testid="inspector.field.newFilterType"
          onChange={(e) => setChoice(e.target.value)}
        >
          {types.map((t) => (
            <option key={t} value={t}>
              {t === 'RequestRedirect' ? 'RequestRedirect (HTTPS)' : t}
            </option>
          ))}
        </select>
        <button type="button" onClick={add} data-testid="inspector.add.filter">
          Add filter
        </button>
      </div>
      {error && (
        <div className="rs-field__error" role="alert" data-testid="inspector.error">
          {error}
        </div>
      )}
    </div>
  );
}
