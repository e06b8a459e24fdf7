import type { Design } from '../design/design.ts';
import type { FieldPath } from '../diagnostics.ts';
import { ISTIO_GROUP, isGatewayRoute } from '../model/kinds.ts';
import type { Resource } from '../model/resource.ts';
import {
  GATEWAY_API_DEFAULT_WEIGHT,
  GATEWAY_API_MAX_WEIGHT,
  ISTIO_MAX_WEIGHT,
} from '../traffic/split.ts';
import { EditError } from '../yaml/edit/errors.ts';
import { ResourceEditor } from './editor.ts';
import { commit } from './result.ts';
import type { Command, CommandResult, FileEdit } from './types.ts';

type SetWeights = Extract<Command, { type: 'setBackendWeights' }>;

function backendsPath(
  resource: Resource,
  command: SetWeights,
): { path: FieldPath; istio: boolean } {
  if (isGatewayRoute(resource.kind, resource.group)) {
    return { path: ['spec', 'rules', command.rule, 'backendRefs'], istio: false };
  }
  if (resource.group === ISTIO_GROUP && resource.kind === 'VirtualService') {
    return { path: ['spec', command.section ?? 'http', command.rule, 'route'], istio: true };
  }
  throw new EditError('edit-unsupported', `A ${resource.kind} has no weighted backends.`);
}

/**
 * Writes the weights of every backend of one rule (a Gateway API route rule, or an Istio http,
 * tcp or tls route) at once, touching only the weights that change: a weight slider dispatches
 * one of these per step, inside one gesture. A weight equal to the family's default for an
 * unwritten field is left unwritten.
 */
export function setBackendWeights(
  design: Design,
  resource: Resource,
  command: SetWeights,
): CommandResult {
  const { path, istio } = backendsPath(resource, command);
  const editor = new ResourceEditor(design, resource);
  const written = editor.read(path);
  if (!Array.isArray(written)) {
    throw new EditError(
      'edit-target-missing',
      `${resource.kind} ${resource.name} has no backends at ${path.join('.')}.`,
    );
  }
  if (written.length !== command.weights.length) {
    throw new EditError(
      'edit-invalid',
      `The rule has ${written.length} backends; ${command.weights.length} weights were given.`,
    );
  }
  const max = istio ? ISTIO_MAX_WEIGHT : GATEWAY_API_MAX_WEIGHT;
  const edits: FileEdit[] = [];
  command.weights.forEach((weight, j) => {
    if (!Number.isInteger(weight) || weight < 0 || weight > max) {
      throw new EditError(
        'edit-invalid',
        `A weight is a whole number from 0 to ${max.toLocaleString('en')}, not ${weight}.`,
      );
    }
    const current = (written[j] as Record<string, unknown> | null)?.weight;
    const unwrittenDefault = istio ? 0 : GATEWAY_API_DEFAULT_WEIGHT;
    if (current === weight || (current === undefined && weight === unwrittenDefault)) return;
    edits.push(...editor.set([...path, j, 'weight'], weight));
  });
  return commit(design, edits);
}
