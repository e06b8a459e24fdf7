import type { Design } from '../design/design.ts';
import { ResourceEditor } from './editor.ts';
import { moveToFile } from './file-commands.ts';
import { moveToNamespace, renameResource } from './identity-commands.ts';
import {
  addListener,
  removeListener,
  renameListener,
  setListenerProtocol,
} from './listener-commands.ts';
import { addResource, duplicateResource, removeResource } from './resource-commands.ts';
import { attempt, commit, editDiagnostic, unchanged } from './result.ts';
import { routeCommand, setList } from './route-commands.ts';
import { setServerProtocol } from './server-commands.ts';
import { setServicePort } from './service-commands.ts';
import { addSubset, renameSubset, routeToSubset } from './subset-commands.ts';
import { setBackendWeights } from './weight-commands.ts';
import type { Command, CommandResult } from './types.ts';

/**
 * Applies a command to a design. The result's edits are minimal text edits in the old design's
 * offsets (what an editor applies to keep cursor, scroll and undo); a command that does not fit
 * its target changes nothing and says why in `diagnostics`. Never throws for bad commands.
 */
export function applyCommand(design: Design, command: Command): CommandResult {
  if (command.type === 'addResource') {
    return attempt(design, undefined, () => addResource(design, command));
  }
  const resource = design.byKey.get(command.key);
  if (!resource) {
    return unchanged(
      design,
      editDiagnostic('edit-target-missing', `No resource ${command.key} in the design.`),
    );
  }
  return attempt(design, resource, () => {
    switch (command.type) {
      case 'removeResource':
        return removeResource(design, resource);
      case 'renameResource':
        return renameResource(design, resource, command.name, command.updateReferences);
      case 'moveToNamespace':
        return moveToNamespace(design, resource, command.namespace, command.updateReferences);
      case 'duplicateResource':
        return duplicateResource(design, resource, command);
      case 'moveToFile':
        return moveToFile(design, resource, command.file);
      case 'addListener':
        return addListener(design, resource, command.listener);
      case 'removeListener':
        return removeListener(design, resource, command.name);
      case 'renameListener':
        return renameListener(design, resource, command.name, command.to);
      case 'setListenerProtocol':
        return setListenerProtocol(design, resource, command.name, command.protocol);
      case 'setServerProtocol':
        return setServerProtocol(design, resource, command.server, command.protocol);
      case 'addSubset':
        return addSubset(design, resource, command.subset);
      case 'renameSubset':
        return renameSubset(design, resource, command.name, command.to);
      case 'routeToSubset':
        return routeToSubset(design, resource, command.rule, command.host, command.subset);
      case 'setServicePort':
        return setServicePort(design, resource, command.index, command.port);
      case 'setList':
        return commit(
          design,
          setList(new ResourceEditor(design, resource), command.path, command.values),
        );
      case 'setField':
        return commit(
          design,
          new ResourceEditor(design, resource).set(command.path, command.value),
        );
      case 'removeField':
        return commit(design, new ResourceEditor(design, resource).remove(command.path));
      case 'setBackendWeights':
        return setBackendWeights(design, resource, command);
      default:
        return routeCommand(design, resource, command);
    }
  });
}
