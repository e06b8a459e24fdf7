import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../design/design-file.ts';
import { createDesign, editFile, setFileText, type Design } from '../design/design.ts';
import { designText } from '../testing/design-arbitraries.ts';
import { applyTextEdits, editOp, resolveBatch, type EditOp } from '../testing/text-edit-ops.ts';
import { createGraphBuilder, type GraphBuilder } from './build.ts';
import {
  graphText,
  resolveValueEdit,
  valueEdit,
  type ValueEdit,
} from '../testing/graph-arbitraries.ts';
import type { Graph } from './types.ts';

interface Step {
  via: 'editFile' | 'setFileText';
  edit: { ops: EditOp[] } | { value: ValueEdit };
}

const step: fc.Arbitrary<Step> = fc.record({
  via: fc.constantFrom('editFile', 'editFile', 'setFileText'),
  edit: fc.oneof(
    { weight: 1, arbitrary: fc.record({ ops: fc.array(editOp, { minLength: 1, maxLength: 2 }) }) },
    { weight: 3, arbitrary: fc.record({ value: valueEdit }) },
  ),
});

/** Everything a consumer can see of a graph, with the order of the map's entries. */
function snapshot(graph: Graph) {
  return { nodes: graph.nodes, edges: graph.edges, nodeById: [...graph.nodeById] };
}

/**
 * Edits `a.yaml` of a two-file design step by step, building each design with one long-lived
 * builder, and checks every graph equals a fresh builder's. Throws with the op log on a mismatch.
 */
function checkIncremental(initial: string, other: string, steps: readonly Step[]): void {
  let design: Design = createDesign([
    { name: 'a.yaml', text: initial },
    { name: 'b.yaml', text: other },
  ]);
  const build: GraphBuilder = createGraphBuilder();
  build(design);
  let text = initial;
  const log: { via: string; edits: TextEdit[] }[] = [];
  for (const { via, edit } of steps) {
    const edits = 'ops' in edit ? resolveBatch(text, edit.ops) : resolveValueEdit(text, edit.value);
    log.push({ via, edits });
    text = applyTextEdits(text, edits);
    design =
      via === 'editFile' ? editFile(design, 'a.yaml', edits) : setFileText(design, 'a.yaml', text);
    try {
      expect(snapshot(build(design))).toEqual(snapshot(createGraphBuilder()(design)));
    } catch (error) {
      const ops = JSON.stringify({ initial, other, log }, null, 1);
      throw new Error(
        `Incremental graph differs from a fresh build after:\n${ops}\n${String(error)}`,
        {
          cause: error,
        },
      );
    }
  }
}

describe('incremental graph build equals a fresh build', () => {
  it('holds for random designs and random edit sequences', () => {
    const initial = fc.oneof(
      graphText,
      fc.tuple(designText, graphText).map(([design, graph]) => `${design}\n---\n${graph}`),
    );
    fc.assert(
      fc.property(
        initial,
        graphText,
        fc.array(step, { minLength: 1, maxLength: 10 }),
        checkIncremental,
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});
