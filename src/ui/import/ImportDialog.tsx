import { createDesign } from '../../core/design/design.ts';
import { isClean } from '../../core/import/plan.ts';
import { Dialog } from '../dialogs/Dialog.tsx';
import type { Importer, ImportReview } from './useImporter.ts';

function resourceCount(review: ImportReview, file: string): number {
  return createDesign(review.plan.files.filter((f) => f.name === file)).resources.length;
}

/**
 * What an import will do, before it does it: the files and their resources, the files left out
 * (file, line and reason), and the names that collide with what to do about them. Everything
 * from the files is shown as text.
 */
export function ImportDialog({ importer, review }: { importer: Importer; review: ImportReview }) {
  const { plan, problems, mode } = review;
  const count = plan.files.length;
  const clean = isClean(plan);
  const title =
    count === 0 ? 'Nothing to import' : `Import ${count === 1 ? '1 file' : `${count} files`}`;
  return (
    <Dialog
      title={title}
      testId="import.dialog"
      onClose={importer.cancel}
      buttons={
        <>
          <button type="button" onClick={importer.cancel} data-testid="import.cancel">
            {count === 0 ? 'Close' : 'Cancel'}
          </button>
          {count > 0 && (
            <button
              type="button"
              className={mode === 'new' ? 'dialog-primary' : undefined}
              data-autofocus={mode === 'new' ? true : undefined}
              onClick={importer.openAsNewDesign}
              data-testid="import.new-design"
            >
              Open as a new design
            </button>
          )}
          {count > 0 && mode !== 'new' && (
            <button
              type="button"
              className="dialog-primary"
              data-autofocus
              onClick={importer.addToDesign}
              data-testid="import.add"
            >
              {clean ? 'Add to this design' : 'Rename and add'}
            </button>
          )}
        </>
      }
    >
      {count > 0 && (
        <ul data-testid="import.files">
          {plan.files.map((f) => (
            <li key={f.name}>
              <span className="dialog-mono">{f.name}</span> — {resourceCount(review, f.name)}{' '}
              resources
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <>
          <h3>Left out</h3>
          <ul data-testid="import.problems">
            {problems.map((p, i) => (
              <li key={i} className="dialog-error">
                <span className="dialog-mono">
                  {p.file}
                  {p.line !== undefined ? `:${p.line}` : ''}
                </span>
                : {p.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {!clean && (
        <>
          <h3>Names the design already has</h3>
          <ul data-testid="import.collisions">
            {plan.fileCollisions.map((name) => (
              <li key={`file:${name}`}>
                File <span className="dialog-mono">{name}</span>: added under a free name.
              </li>
            ))}
            {plan.resourceCollisions.map((c) => (
              <li key={`${c.file}:${c.key}`}>
                {c.label}: the design has {c.identical ? 'the same' : 'another'} in{' '}
                <span className="dialog-mono">{c.existingFile}</span>, so this one is{' '}
                {c.identical ? 'left out.' : 'renamed with a number.'}
              </li>
            ))}
          </ul>
          <p>Or open the files as a new design, where nothing collides.</p>
        </>
      )}
    </Dialog>
  );
}
