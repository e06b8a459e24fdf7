import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../design/design-file.ts';
import {
  createDesign,
  designSources,
  editFile,
  setFileText,
  type Design,
} from '../design/design.ts';
import { EXAMPLES } from '../examples/index.ts';
import { GATEWAY_API_TARGETS } from '../schemas/gateway-api/target.ts';
import { designText } from '../testing/design-arbitraries.ts';
import {
  graphText,
  resolveValueEdit,
  valueEdit,
  type ValueEdit,
} from '../testing/graph-arbitraries.ts';
import { applyTextEdits, editOp, resolveBatch, type EditOp } from '../testing/text-edit-ops.ts';
import { analyzeDesign } from './analyze.ts';
import type { AnalysisOptions } from './types.ts';

interface Step {
  via: 'editFile' | 'setFileText';
  edit: { ops: EditOp[] } | { value: ValueEdit };
  options: AnalysisOptions;
}

const step: fc.Arbitrary<Step> = fc.record({
  via: fc.constantFrom('editFile', 'editFile', 'setFileText'),
  edit: fc.oneof(
    { weight: 1, arbitrary: fc.record({ ops: fc.array(editOp, { minLength: 1, maxLength: 2 }) }) },
    { weight: 3, arbitrary: fc.record({ value: valueEdit }) },
  ),
  // Mostly the same options as the step before, as in the designer; now and then others.
  options: fc.oneof(
    { weight: 6, arbitrary: fc.constant({}) },
    {
      weight: 1,
      arbitrary: fc.record({
        missingAsError: fc.boolean(),
        gatewayApi: fc.constantFrom(...GATEWAY_API_TARGETS),
      }),
    },
  ),
});

/** The app's examples, whose designs reach the Gateway API and Istio analyzers alike. */
const exampleTexts = EXAMPLES.filter((e) => !e.id.startsWith('large')).map((e) =>
  e.files.map((f) => f.text).join('---\n'),
);

/** The analysis of the same texts parsed afresh: no resource shared, so nothing reused. */
function fromScratch(design: Design, options: AnalysisOptions) {
  return analyzeDesign(createDesign(designSources(design), design.options), options);
}

/**
 * Edits `a.yaml` step by step, analyzing each design after the one before (the analysis reuses
 * what the edit left untouched), and checks each result equals a fresh analysis.
 */
function checkIncremental(initial: string, other: string, steps: readonly Step[]): void {
  let design: Design = createDesign([
    { name: 'a.yaml', text: initial },
    { name: 'b.yaml', text: other },
  ]);
  analyzeDesign(design);
  let text = initial;
  const log: { via: string; edits: TextEdit[]; options: AnalysisOptions }[] = [];
  for (const { via, edit, options } of steps) {
    const edits = 'ops' in edit ? resolveBatch(text, edit.ops) : resolveValueEdit(text, edit.value);
    log.push({ via, edits, options });
    text = applyTextEdits(text, edits);
    design =
      via === 'editFile' ? editFile(design, 'a.yaml', edits) : setFileText(design, 'a.yaml', text);
    try {
      expect(analyzeDesign(design, options)).toEqual(fromScratch(design, options));
    } catch (error) {
      const ops = JSON.stringify({ initial, other, log }, null, 1);
      throw new Error(
        `Incremental analysis differs from a fresh one after:\n${ops}\n${String(error)}`,
        {
          cause: error,
        },
      );
    }
  }
}

describe('incremental analysis equals a fresh analysis', () => {
  it('drops a finding about a Service once the Service is written, and brings it back', () => {
    const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r}
spec:
  parentRefs: [{kind: Service, group: "", name: web}]
  rules: [{backendRefs: [{name: api, port: 80}]}]
`;
    const service = (name: string) =>
      `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}}\nspec:\n  ports: [{port: 80}]\n`;
    const start = `${route}---\n${service('web')}---\n${service('apx')}`;
    let design = createDesign([{ name: 'a.yaml', text: start }]);
    const codes = () => analyzeDesign(design).diagnostics.map((d) => d.code);
    expect(codes()).toEqual(['backend-not-found']);
    design = setFileText(design, 'a.yaml', start.replace('name: apx', 'name: api'));
    expect(codes()).toEqual([]);
    design = setFileText(design, 'a.yaml', start);
    expect(codes()).toEqual(['backend-not-found']);
  });

  it('holds for random designs and random edit sequences', () => {
    const initial = fc.oneof(
      graphText,
      fc.constantFrom(...exampleTexts),
      fc.tuple(designText, graphText).map(([design, graph]) => `${design}\n---\n${graph}`),
    );
    fc.assert(
      fc.property(
        initial,
        fc.oneof(graphText, fc.constantFrom(...exampleTexts)),
        fc.array(step, { minLength: 1, maxLength: 8 }),
        checkIncremental,
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});
