import type { Design } from '../design/design.ts';
import type { FieldPath } from '../diagnostics.ts';
import type { Resource } from '../model/resource.ts';
import { EditError } from '../yaml/edit/errors.ts';
import type { YamlValue } from '../yaml/edit/value.ts';
import { defaultRule } from './defaults.ts';
import { ResourceEditor } from './editor.ts';
import { requireLayout, type RouteLayout } from './layout.ts';
import { commit } from './result.ts';
import type { Command, CommandResult, FileEdit, ObjectRef } from './types.ts';

type RouteCommand = Extract<
  Command,
  {
    type:
      | 'addRule'
      | 'removeRule'
      | 'addMatch'
      | 'removeMatch'
      | 'addFilter'
      | 'removeFilter'
      | 'addBackend'
      | 'removeBackend'
      | 'setBackendWeight'
      | 'attachParent'
      | 'detachParent'
      | 'setHostnames';
  }
>;

const REF_FIELDS = ['group', 'kind', 'name', 'namespace', 'sectionName', 'port', 'weight'] as const;

/** A Gateway API reference object with only the fields that are set, in the usual order. */
function refObject(ref: ObjectRef): Record<string, YamlValue> {
  const out: Record<string, YamlValue> = {};
  for (const field of REF_FIELDS) if (ref[field] !== undefined) out[field] = ref[field];
  return out;
}

/** An Istio route destination for a Service reference. */
function istioDestination(resource: Resource, ref: ObjectRef): Record<string, YamlValue> {
  const other = ref.namespace !== undefined && ref.namespace !== resource.namespace;
  const host = other ? `${ref.name}.${ref.namespace}.svc.cluster.local` : ref.name;
  const destination: Record<string, YamlValue> = { host };
  if (ref.port !== undefined) destination.port = { number: ref.port };
  return ref.weight === undefined ? { destination } : { destination, weight: ref.weight };
}

/** The parent entry of a VirtualService: `name`, or `ns/name` for another namespace. */
function istioGateway(resource: Resource, ref: ObjectRef): string {
  const other = ref.namespace !== undefined && ref.namespace !== resource.namespace;
  return other ? `${ref.namespace}/${ref.name}` : ref.name;
}

function sameParent(resource: Resource, written: unknown, ref: ObjectRef): boolean {
  const w = (written ?? {}) as Partial<ObjectRef>;
  return (
    w.name === ref.name &&
    (w.namespace ?? resource.namespace) === (ref.namespace ?? resource.namespace) &&
    (w.kind ?? 'Gateway') === (ref.kind ?? 'Gateway') &&
    w.sectionName === ref.sectionName &&
    w.port === ref.port
  );
}

class RouteEditor {
  readonly editor: ResourceEditor;
  constructor(
    design: Design,
    readonly resource: Resource,
    readonly layout: RouteLayout,
  ) {
    this.editor = new ResourceEditor(design, resource);
  }

  /** Path of an item that must exist (rule, match, backend…), or an `edit-target-missing`. */
  existing(path: FieldPath, what: string): FieldPath {
    if (this.editor.read(path) === undefined) {
      throw new EditError(
        'edit-target-missing',
        `${this.resource.kind} ${this.resource.name} has no ${what}.`,
      );
    }
    return path;
  }

  rule(index: number): FieldPath {
    return this.existing([...this.layout.rules, index], `rule ${index}`);
  }

  part(rule: number, field: string | undefined, what: string): FieldPath {
    if (field === undefined)
      throw new EditError('edit-unsupported', `A ${this.resource.kind} rule has no ${what}.`);
    return [...this.rule(rule), field];
  }
}

function edits(design: Design, resource: Resource, command: RouteCommand): FileEdit[] {
  const what: Record<RouteCommand['type'], string> = {
    addRule: 'rules',
    removeRule: 'rules',
    addMatch: 'rules',
    removeMatch: 'rules',
    addFilter: 'rules',
    removeFilter: 'rules',
    addBackend: 'rules',
    removeBackend: 'rules',
    setBackendWeight: 'rules',
    attachParent: 'parents',
    detachParent: 'parents',
    setHostnames: 'hostnames',
  };
  const layout = requireLayout(resource, what[command.type], (l) =>
    command.type === 'setHostnames'
      ? l.hostnames !== undefined
      : command.type.endsWith('Parent')
        ? l.parents !== undefined
        : true,
  );
  const route = new RouteEditor(design, resource, layout);
  const e = route.editor;
  switch (command.type) {
    case 'addRule': {
      const rule = command.rule ?? defaultRule(resource.group, resource.kind);
      return e.add(layout.rules, rule, command.index);
    }
    case 'removeRule':
      return e.remove(route.rule(command.rule));
    case 'addMatch':
      return e.add(route.part(command.rule, layout.matches, 'matches'), command.match);
    case 'removeMatch': {
      const path = [...route.part(command.rule, layout.matches, 'matches'), command.match];
      return e.remove(route.existing(path, `match ${command.match}`));
    }
    case 'addFilter':
      return e.add(route.part(command.rule, layout.filters, 'filters'), command.filter);
    case 'removeFilter': {
      const path = [...route.part(command.rule, layout.filters, 'filters'), command.filter];
      return e.remove(route.existing(path, `filter ${command.filter}`));
    }
    case 'addBackend': {
      const path = route.part(command.rule, layout.backends, 'backends');
      const { backend, split } = splitWeights(e, path, command.backend);
      const item = layout.istio ? istioDestination(resource, backend) : refObject(backend);
      return [...split, ...e.add(path, item)];
    }
    case 'removeBackend': {
      const path = [...route.part(command.rule, layout.backends, 'backends'), command.backend];
      return e.remove(route.existing(path, `backend ${command.backend}`));
    }
    case 'setBackendWeight': {
      if (!Number.isInteger(command.weight) || command.weight < 0) {
        throw new EditError(
          'edit-invalid',
          `A weight is a whole number ≥ 0, not ${command.weight}.`,
        );
      }
      const backends = route.part(command.rule, layout.backends, 'backends');
      const path = [...backends, command.backend];
      const set = e.set(
        [...route.existing(path, `backend ${command.backend}`), 'weight'],
        command.weight,
      );
      const other = command.balance ? balancingPartner(e, backends, command) : undefined;
      return other === undefined
        ? set
        : [...set, ...e.set([...backends, other, 'weight'], 100 - command.weight)];
    }
    case 'attachParent': {
      const parents = layout.parents!;
      const entry = layout.istio
        ? istioGateway(resource, command.parent)
        : refObject(command.parent);
      const written = e.read(parents);
      const present = Array.isArray(written)
        ? written.some((w) =>
            layout.istio ? w === entry : sameParent(resource, w, command.parent),
          )
        : false;
      if (present)
        throw new EditError('edit-invalid', `${command.parent.name} is already a parent.`);
      return e.add(parents, entry);
    }
    case 'detachParent':
      return e.remove(
        route.existing([...layout.parents!, command.parent], `parent ${command.parent}`),
      );
    case 'setHostnames':
      return setList(e, layout.hostnames!, command.hostnames);
  }
}

const weightOf = (item: unknown) => (item as { weight?: unknown } | null)?.weight;

/**
 * The weights that make a new backend's share obvious: next to a single backend both get 50
 * (written on the old one), next to backends that all have weights it gets 0 (nothing moves
 * until the person says so). A weight given by the caller is kept.
 */
export function splitWeights(
  e: ResourceEditor,
  path: FieldPath,
  backend: ObjectRef,
): { backend: ObjectRef; split: FileEdit[] } {
  const written = e.read(path);
  const existing = Array.isArray(written) ? written : [];
  if (backend.weight !== undefined || existing.length === 0) return { backend, split: [] };
  if (existing.length === 1) {
    const split = weightOf(existing[0]) === 50 ? [] : e.set([...path, 0, 'weight'], 50);
    return { backend: { ...backend, weight: 50 }, split };
  }
  const allWeighted = existing.every((b) => typeof weightOf(b) === 'number');
  return { backend: allWeighted ? { ...backend, weight: 0 } : backend, split: [] };
}

/** The other backend of a two-way split that adds up to 100, when the new weight fits in it. */
function balancingPartner(
  e: ResourceEditor,
  path: FieldPath,
  command: { backend: number; weight: number },
): number | undefined {
  const written = e.read(path);
  if (!Array.isArray(written) || written.length !== 2 || command.weight > 100) return undefined;
  const [a, b] = written.map(weightOf);
  if (typeof a !== 'number' || typeof b !== 'number' || a + b !== 100) return undefined;
  return command.backend === 0 ? 1 : 0;
}

/**
 * Makes the list at `path` equal `values` item by item, so unchanged items (and their comments)
 * stay; an empty list removes the field.
 */
export function setList(e: ResourceEditor, path: FieldPath, values: readonly string[]): FileEdit[] {
  const written = e.read(path);
  if (values.length === 0) return written === undefined ? [] : e.remove(path);
  // A flow list that shrinks is rewritten whole: its items share lines and separators.
  const shrinksFlow =
    values.length < (Array.isArray(written) ? written.length : 0) && e.isFlow(path);
  if (!Array.isArray(written) || written.length === 0 || shrinksFlow) return e.set(path, values);
  const out: FileEdit[] = [];
  values.forEach((value, i) => {
    if (i < written.length && written[i] !== value) out.push(...e.set([...path, i], value));
  });
  for (const value of values.slice(written.length)) out.push(...e.add(path, value));
  for (let i = values.length; i < written.length; i++) out.push(...e.remove([...path, i]));
  return out;
}

/** Runs a rule, match, filter, backend, parent or hostname command on a route. */
export function routeCommand(
  design: Design,
  resource: Resource,
  command: RouteCommand,
): CommandResult {
  return commit(design, edits(design, resource, command));
}

export type { RouteCommand };
