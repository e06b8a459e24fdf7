import { describe, expect, it } from 'vitest';
import { createDesign, findFile } from '../design/design.ts';
import { yaml } from '../testing/source.ts';
import { applyCommand } from './apply.ts';

const LIST = yaml`
  apiVersion: v1
  kind: List
  items:
  - apiVersion: v1
    kind: Service
    metadata:
      name: a
`;

describe('moveToFile', () => {
  it('moves the last document and keeps the other file tidy', () => {
    const design = createDesign([
      {
        name: 'a.yaml',
        text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\n# b\napiVersion: v1\nkind: Service\nmetadata:\n  name: b',
      },
      { name: 'b.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: c\n' },
    ]);
    const result = applyCommand(design, {
      type: 'moveToFile',
      key: '/Service/default/b',
      file: 'b.yaml',
    });
    expect(result.diagnostics).toEqual([]);
    expect(findFile(result.design, 'a.yaml')?.text).toBe(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n',
    );
    expect(findFile(result.design, 'b.yaml')?.text).toBe(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: c\n---\n# b\napiVersion: v1\nkind: Service\nmetadata:\n  name: b\n',
    );
  });

  it('refuses an item of a List, changing nothing', () => {
    const design = createDesign([{ name: 'list.yaml', text: LIST }]);
    const result = applyCommand(design, {
      type: 'moveToFile',
      key: '/Service/default/a',
      file: 'x.yaml',
    });
    expect(result.design).toBe(design);
    expect(result.diagnostics[0]?.message).toMatch(/only a document of its own can move/);
  });
});
