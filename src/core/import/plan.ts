import { createDesign, type Design, type SourceFile } from '../design/design.ts';
import { fileNameProblem } from '../design/file-names.ts';
import { displayName, type Resource } from '../model/resource.ts';

/** A file an import leaves out, and why (with the line, when the problem has one). */
export interface ImportProblem {
  file: string;
  line?: number;
  message: string;
}

/** An incoming resource whose identity the design already has. */
export interface ResourceCollision {
  key: string;
  /** `Kind namespace/name`, as messages show it. */
  label: string;
  /** The incoming file that has it, and the design's file that has it already. */
  file: string;
  existingFile: string;
  /** Same content as the design's: leaving it out loses nothing. */
  identical: boolean;
}

/** What an import would do, for the person to review before anything changes. */
export interface ImportPlan {
  /** The files that can be imported, as they came. */
  files: SourceFile[];
  /** Files left out: not YAML, syntax errors, a bad name. */
  problems: ImportProblem[];
  /** Incoming file names the design already has. */
  fileCollisions: string[];
  resourceCollisions: ResourceCollision[];
}

/** Why a file cannot be imported: its first YAML syntax error or size problem, if any. */
function fileProblem(file: SourceFile): ImportProblem | undefined {
  const problem = fileNameProblem([], file.name);
  if (problem) return { file: file.name, message: problem };
  const design = createDesign([file]);
  const error = design.diagnostics.find(
    (d) => d.severity === 'error' && (d.code.startsWith('yaml-') || d.code === 'file-too-large'),
  );
  if (!error) return undefined;
  const line = error.range?.start.line;
  return line === undefined
    ? { file: file.name, message: error.message }
    : { file: file.name, line, message: error.message };
}

function sameValue(a: Resource, b: Resource): boolean {
  return JSON.stringify(a.value) === JSON.stringify(b.value);
}

/**
 * Checks incoming files against the design without changing it: each file parses on its own
 * (bad ones are reported with file and line and left out, the rest imports), and names that
 * collide — file names, resource identities — are listed for the person to decide.
 */
export function planImport(design: Design, incoming: readonly SourceFile[]): ImportPlan {
  const plan: ImportPlan = { files: [], problems: [], fileCollisions: [], resourceCollisions: [] };
  const seen = new Set<string>();
  for (const file of incoming) {
    const problem = seen.has(file.name)
      ? { file: file.name, message: 'Another file of this import has the same name.' }
      : fileProblem(file);
    seen.add(file.name);
    if (problem) plan.problems.push(problem);
    else plan.files.push(file);
  }
  const existing = new Set(design.files.map((f) => f.name));
  plan.fileCollisions = plan.files.map((f) => f.name).filter((n) => existing.has(n));
  const parsed = createDesign(plan.files, design.options);
  for (const resource of parsed.resources) {
    const mine = design.byKey.get(resource.key);
    if (!mine) continue;
    plan.resourceCollisions.push({
      key: resource.key,
      label: displayName(resource),
      file: resource.file,
      existingFile: mine.file,
      identical: sameValue(resource, mine),
    });
  }
  return plan;
}

/** True when importing the plan's files as they are changes no name and duplicates nothing. */
export function isClean(plan: ImportPlan): boolean {
  return plan.fileCollisions.length === 0 && plan.resourceCollisions.length === 0;
}
