import type { FieldPath } from '../../core/diagnostics.ts';
import { asRecord, getIn, text, type Json } from '../canvas/read-value.ts';
import { Field } from './Field.tsx';
import { setOrRemove } from './list-commands.ts';
import type { PartProps } from './section-props.ts';
import { splitList } from './validate.ts';

/** Labels as people type them: `app=web, tier=front`. */
function labelsText(labels: Json): string {
  return Object.entries(asRecord(labels))
    .map(([k, v]) => `${k}=${text(v)}`)
    .join(', ');
}

/** `app=web, tier=front` as a label map, or undefined when it is not written that way. */
function parseLabels(value: string): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  for (const pair of splitList(value)) {
    const [k, v, ...rest] = pair.split('=');
    if (!k || v === undefined || rest.length) return undefined;
    labels[k] = v;
  }
  return labels;
}

function checkLabels(value: string): string | undefined {
  return parseLabels(value) ? undefined : 'Write labels as key=value, separated by commas.';
}

/**
 * A label map edited as `k=v, …` text: the labels at `path` of the resource; an empty entry
 * removes the field when `optional`.
 */
export function LabelsField({
  resource,
  run,
  path,
  label,
  testId,
  optional = false,
  placeholder,
}: PartProps & {
  path: FieldPath;
  label: string;
  testId: string;
  optional?: boolean;
  placeholder?: string;
}) {
  return (
    <Field
      label={label}
      value={labelsText(getIn(resource.value, path))}
      check={(v) => (optional && !v ? undefined : checkLabels(v))}
      placeholder={placeholder}
      testId={testId}
      onCommit={(v) => run(setOrRemove(resource.key, path, v ? parseLabels(v)! : ''))}
    />
  );
}
