import { useCallback, useState } from 'react';
import type { SourceFile } from '../../core/design/design.ts';
import { documentOfFiles } from '../../core/document/create.ts';
import { isDesignFileText, readDesignFile } from '../../core/document/design-file.ts';
import { IMPORT_LIMITS, formatBytes } from '../../core/import/limits.ts';
import {
  isClean,
  planImport,
  type ImportPlan,
  type ImportProblem,
} from '../../core/import/plan.ts';
import { resolveCollisions } from '../../core/import/resolve.ts';
import { utf8Length } from '../../core/yaml/limits.ts';
import { useSession } from '../session/session-context.tsx';
import { useDesignStoreApi } from '../state/store-context.tsx';
import { readCandidates, type Candidate } from './read-files.ts';

/** Where imported files go: the person chooses (`ask`), or the gesture said so already. */
export type ImportMode = 'ask' | 'add' | 'new';

/** An import read and checked, waiting for the person to confirm it. */
export interface ImportReview {
  plan: ImportPlan;
  /** Files not read at all, or left out by the plan, with file and line where known. */
  problems: ImportProblem[];
  mode: ImportMode;
}

export interface Importer {
  review: ImportReview | undefined;
  /** Reads and checks files; then opens the review (or, for a clean paste, adds at once). */
  start(candidates: readonly Candidate[], mode: ImportMode): Promise<void>;
  /** Adds text pasted onto the canvas as a new file. */
  paste(text: string): void;
  addToDesign(): void;
  openAsNewDesign(): void;
  cancel(): void;
}

const titleOf = (files: readonly SourceFile[]) =>
  files.length === 1 ? files[0]!.name : `${files[0]!.name} and ${files.length - 1} more`;

/** The import flow of the designer on screen: read, check, review, then one undo step. */
export function useImporter(): Importer {
  const store = useDesignStoreApi();
  const session = useSession();
  const [review, setReview] = useState<ImportReview>();

  const add = useCallback(
    (plan: ImportPlan) => {
      const state = store.getState();
      const { files, renamed, leftOut } = resolveCollisions(state.design, plan);
      if (files.length === 0) {
        session.notify('Nothing to add: the design has all of it already.');
        return;
      }
      state.addFiles(files, 'import');
      state.setActiveFile(files[0]!.name);
      state.requestFitView();
      // The review listed each rename and each left-out resource: the notice only counts them.
      const details = [
        renamed.length ? `${renamed.length} renamed` : '',
        leftOut.length ? `${leftOut.length} left out, the design has them` : '',
      ].filter(Boolean);
      session.notify(
        `Imported ${files.length === 1 ? files[0]!.name : `${files.length} files`}${details.length ? ` (${details.join('; ')})` : ''}. Undo removes it again.`,
        'info',
        { label: 'Undo', run: () => store.getState().undo() },
      );
    },
    [session, store],
  );

  const openAsNew = useCallback(
    (files: readonly SourceFile[]) =>
      void session.open({
        type: 'document',
        document: documentOfFiles(files),
        title: titleOf(files),
      }),
    [session],
  );

  const start = useCallback<Importer['start']>(
    async (candidates, mode) => {
      const read = await readCandidates(candidates);
      const designFiles = read.files.filter((f) => isDesignFileText(f.text));
      if (designFiles.length === 1 && read.files.length === 1) {
        const result = readDesignFile(designFiles[0]!.text);
        if (!result.ok) session.notify(`${designFiles[0]!.name}: ${result.error}`, 'error');
        else
          void session.open({
            type: 'document',
            document: result.document,
            title: designFiles[0]!.name,
          });
        return;
      }
      const problems = [
        ...read.problems,
        ...designFiles.map((f) => ({
          file: f.name,
          message: 'A design file opens on its own (Open ▸ Design file…), not among other files.',
        })),
      ];
      const files = read.files.filter((f) => !designFiles.includes(f));
      const plan = planImport(store.getState().design, files);
      setReview({ plan, problems: [...problems, ...plan.problems], mode });
    },
    [session, store],
  );

  const paste = useCallback<Importer['paste']>(
    (text) => {
      if (utf8Length(text) > IMPORT_LIMITS.fileBytes) {
        session.notify(
          `The pasted text is over ${formatBytes(IMPORT_LIMITS.fileBytes)}: not imported.`,
          'error',
        );
        return;
      }
      const taken = new Set(store.getState().design.files.map((f) => f.name));
      let name = 'pasted.yaml';
      for (let n = 2; taken.has(name); n++) name = `pasted-${n}.yaml`;
      const plan = planImport(store.getState().design, [{ name, text }]);
      if (plan.problems.length === 0 && isClean(plan)) add(plan);
      else setReview({ plan, problems: plan.problems, mode: 'add' });
    },
    [add, session, store],
  );

  return {
    review,
    start,
    paste,
    addToDesign: () => {
      if (review) add(review.plan);
      setReview(undefined);
    },
    openAsNewDesign: () => {
      if (review) openAsNew(review.plan.files);
      setReview(undefined);
    },
    cancel: () => setReview(undefined),
  };
}
