import type { DesignDocument } from '../document/document.ts';
import { SHARE_LIMITS } from './limits.ts';
import { fileNameProblem, idProblem } from './validate.ts';

/**
 * The first rule `document` breaks as a shared design, or undefined: counts, file names (unique,
 * relative, see `fileNameProblem`), node ids, whole-number positions within bounds, a finite
 * viewport with a positive zoom, short settings. The encoder checks what it writes, the decoder
 * what it read.
 */
export function documentProblem(document: DesignDocument): string | undefined {
  const { files, positions, view, settings } = document;
  if (files.length > SHARE_LIMITS.maxFiles) {
    return `it has ${files.length} files; at most ${SHARE_LIMITS.maxFiles} are allowed`;
  }
  const names = new Set<string>();
  for (const file of files) {
    const problem = fileNameProblem(file.name);
    if (problem) return problem;
    if (names.has(file.name)) return `two files are named ${JSON.stringify(file.name)}`;
    names.add(file.name);
  }
  const ids = Object.keys(positions);
  if (ids.length > SHARE_LIMITS.maxPositions) {
    return `it has ${ids.length} node positions; at most ${SHARE_LIMITS.maxPositions} are allowed`;
  }
  for (const id of ids) {
    const problem = idProblem('a node id', id);
    if (problem) return problem;
    const { x, y } = positions[id]!;
    const fits = (n: number) => Number.isInteger(n) && Math.abs(n) <= SHARE_LIMITS.maxCoordinate;
    if (!fits(x) || !fits(y)) return `the position of ${JSON.stringify(id)} is out of bounds`;
  }
  if (view.activeFile !== undefined) {
    const problem = idProblem('the active file', view.activeFile);
    if (problem) return problem;
  }
  if (view.viewport && !(view.viewport.zoom > 0)) return 'the viewport zoom is not positive';
  if (settings.gatewayApi !== undefined)
    return idProblem('the Gateway API setting', settings.gatewayApi);
  return undefined;
}
