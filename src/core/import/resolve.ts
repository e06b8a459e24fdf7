import { applyCommand } from '../commands/apply.ts';
import { createDesign, designSources, type Design, type SourceFile } from '../design/design.ts';
import { uniqueFileName } from '../design/file-names.ts';
import { resourceKey } from '../model/resource.ts';
import type { ImportPlan } from './plan.ts';

/** What resolving the collisions did, for the message after the import. */
export interface Resolution {
  files: SourceFile[];
  /** `from → to` lines: renamed files and resources. */
  renamed: string[];
  /** Resources left out because the design has them with the same content. */
  leftOut: string[];
}

function freeName(design: Design, incoming: Design, key: string): string {
  const resource = incoming.byKey.get(key)!;
  for (let n = 2; ; n++) {
    const name = `${resource.name}-${n}`;
    const candidate = resourceKey({ ...resource, name });
    if (!design.byKey.has(candidate) && !incoming.byKey.has(candidate)) return name;
  }
}

const hasDocuments = (text: string) => /^[^#\s]/m.test(text.replace(/^---.*$/gm, ''));

/**
 * The plan's files made to fit the design: files get free names (`routes-2.yaml`); a resource
 * the design has with the same content is left out; any other colliding resource gets a free
 * name (`checkout-2`), and the incoming files' references to it follow. Files that only held
 * left-out resources are not added.
 */
export function resolveCollisions(design: Design, plan: ImportPlan): Resolution {
  const resolution: Resolution = { files: [], renamed: [], leftOut: [] };
  const taken = design.files.map((f) => f.name);
  const files = plan.files.map((file) => {
    const name = uniqueFileName(taken, file.name);
    taken.push(name);
    if (name !== file.name) resolution.renamed.push(`${file.name} → ${name}`);
    return { name, text: file.text };
  });
  const renamedFile = new Map(plan.files.map((f, i) => [f.name, files[i]!.name]));
  let incoming = createDesign(files, design.options);
  for (const collision of plan.resourceCollisions.filter((c) => c.identical)) {
    incoming = applyCommand(incoming, { type: 'removeResource', key: collision.key }).design;
    resolution.leftOut.push(`${collision.label} (the design has it in ${collision.existingFile})`);
  }
  for (const collision of plan.resourceCollisions.filter((c) => !c.identical)) {
    const name = freeName(design, incoming, collision.key);
    const result = applyCommand(incoming, { type: 'renameResource', key: collision.key, name });
    if (result.design === incoming) continue;
    incoming = result.design;
    resolution.renamed.push(`${collision.label} → ${name}`);
  }
  const emptied = new Set(
    plan.resourceCollisions
      .filter((c) => c.identical)
      .map((c) => renamedFile.get(c.file)!)
      .filter((name) => !hasDocuments(designSources(incoming).find((f) => f.name === name)!.text)),
  );
  resolution.files = designSources(incoming).filter((f) => !emptied.has(f.name));
  return resolution;
}
