import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { createDesign } from '../design/design.ts';
import { EXAMPLES } from '../examples/index.ts';
import { buildGraph } from '../graph/build.ts';
import { layoutStructure } from '../layout/structure.ts';
import { renderDiagramSvg } from './svg.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

/** The `data-id` (or `data-namespace`) of every `<g>` of a class in the document. */
function groups(svg: string, className: string): string[] {
  const ids: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const element = value as Record<string, unknown>;
    if (element.class === className)
      ids.push(String(element['data-id'] ?? element['data-namespace']));
    Object.values(element).forEach(visit);
  };
  visit(parser.parse(svg));
  return ids;
}

function diagramOf(text: string) {
  const design = createDesign([{ name: 'd.yaml', text }]);
  const graph = buildGraph(design);
  return { svg: renderDiagramSvg({ design, graph }), graph };
}

describe('renderDiagramSvg', () => {
  it('draws every example as XML with one node group per box the canvas shows', () => {
    for (const example of EXAMPLES.filter((e) => !e.id.startsWith('large'))) {
      const design = createDesign(example.files);
      const graph = buildGraph(design);
      const svg = renderDiagramSvg({ design, graph });
      expect(XMLValidator.validate(svg), example.id).toBe(true);
      const boxes = layoutStructure(graph).boxes.map((b) => b.id);
      const nodes = groups(svg, 'node');
      expect(nodes.sort(), example.id).toEqual([...boxes].sort());
      // Every resource is drawn: as a node, a chip on what it serves, or its namespace's frame.
      const shown = new Set([...nodes, ...groups(svg, 'chip')]);
      const frames = new Set(groups(svg, 'frame'));
      for (const r of design.resources)
        expect(shown.has(r.key) || (r.kind === 'Namespace' && frames.has(r.name)), r.key).toBe(
          true,
        );
    }
  });

  it('escapes names from the YAML, whatever they hold', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (raw) => {
        const name = JSON.stringify(raw);
        const { svg } = diagramOf(
          `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}, namespace: "<b>&x"}\n`,
        );
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg).not.toContain('<b>');
      }),
      { numRuns: 60 },
    );
  });

  it('keeps manual positions and draws weights as text', () => {
    const design = createDesign(EXAMPLES[0]!.files);
    const graph = buildGraph(design);
    const id = '/Service/shop/cart';
    const svg = renderDiagramSvg({ design, graph, positions: { [id]: { x: 5000, y: 0 } } });
    expect(Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1])).toBeGreaterThan(5000);
    expect(svg).toContain('>90%</text>');
  });
});
