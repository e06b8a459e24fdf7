import { describe, expect, it } from 'vitest';
import { createDesign, setFileText } from './design.ts';
import { renamedResources } from './renamed-resources.ts';

const A = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n';
const B = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: b\n';

describe('renamedResources', () => {
  it('pairs a document edited into another name, in any of several files', () => {
    const before = createDesign([
      { name: 'x.yaml', text: `${A}---\n${B}` },
      { name: 'y.yaml', text: A.replace('name: a', 'name: c') },
    ]);
    const after = setFileText(before, 'x.yaml', `${A}---\n${B.replace('name: b', 'name: b2')}`);
    expect(renamedResources(before, after)).toEqual(
      new Map([['/Service/default/b', '/Service/default/b2']]),
    );
  });

  it('pairs nothing when a document was added or removed, or the new key already existed', () => {
    const before = createDesign([{ name: 'x.yaml', text: `${A}---\n${B}` }]);
    expect(renamedResources(before, setFileText(before, 'x.yaml', A)).size).toBe(0);
    const swapped = setFileText(before, 'x.yaml', `${B}---\n${A}`);
    expect(renamedResources(before, swapped).size).toBe(0);
  });
});
