import { useState } from 'react';
import { displayName } from '../../core/model/resource.ts';
import type { DesignState } from '../../store/index.ts';
import { Menu, type MenuEntry } from '../dialogs/Menu.tsx';
import { useSession } from '../session/session-context.tsx';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';
import { FileNameInput } from './FileNameInput.tsx';

const selectFiles = (s: DesignState) => s.design.files.map((f) => f.name);
const selectActiveFile = (s: DesignState) => s.activeFile;

/** The resource of the first selected node (a part selects its resource), if any. */
const selectSelectedResource = (s: DesignState) => {
  const id = s.selection[0];
  const node = id === undefined ? undefined : s.graph.nodeById.get(id);
  const resource = node ? s.design.byKey.get(node.parent ?? node.id) : undefined;
  return resource
    ? { key: resource.key, label: displayName(resource), file: resource.file }
    : undefined;
};

/** A name for a new file that no file has yet: `untitled.yaml`, `untitled-2.yaml`, … */
function freshName(files: readonly string[], stem: string): string {
  let name = `${stem}.yaml`;
  for (let n = 2; files.includes(name); n++) name = `${stem}-${n}.yaml`;
  return name;
}

/**
 * The design's files as tabs: open one with a click, rename it with a double click; the ＋ adds a
 * file; the Files menu renames or deletes the open file and moves the selected resource to
 * another file. Every change is one undo step.
 */
export function FileTabs() {
  const store = useDesignStoreApi();
  const session = useSession();
  const files = useDesign(selectFiles);
  const activeFile = useDesign(selectActiveFile);
  const selected = useDesign(selectSelectedResource);
  /** The file being renamed, or `new` for a file being added (moving the selection, with `move`). */
  const [editing, setEditing] = useState<{ file: string | 'new'; move?: string }>();

  const commit = (name: string): string | undefined => {
    const state = store.getState();
    if (!editing) return undefined;
    if (editing.file !== 'new') return state.renameFile(editing.file, name);
    if (editing.move === undefined) return state.addFile(name);
    const problem = files.includes(name)
      ? `The design already has a file named ${name}.`
      : undefined;
    if (problem) return problem;
    moveTo(editing.move, name);
    return undefined;
  };
  const moveTo = (key: string, file: string) => {
    const result = store.getState().dispatch({ type: 'moveToFile', key, file });
    const problem = result.diagnostics[0];
    if (problem) session.notify(problem.message, 'error');
    else store.getState().setActiveFile(file);
  };
  const remove = (file: string) => {
    store.getState().removeFile(file);
    session.notify(`Deleted ${file} and its resources.`, 'info', {
      label: 'Undo',
      run: () => store.getState().undo(),
    });
  };

  const entries: MenuEntry[] = [
    { label: 'New file', testId: 'fileTabs.new', run: () => setEditing({ file: 'new' }) },
    {
      label: `Rename ${activeFile}…`,
      testId: 'fileTabs.rename',
      run: () => setEditing({ file: activeFile }),
    },
    {
      label: `Delete ${activeFile}`,
      detail:
        files.length < 2
          ? 'a design keeps at least one file'
          : 'with its resources (undo brings them back)',
      testId: 'fileTabs.delete',
      disabled: files.length < 2,
      run: () => remove(activeFile),
    },
    'separator',
    ...(selected
      ? [
          { heading: `Move ${selected.label} to` },
          ...files
            .filter((f) => f !== selected.file)
            .map((f) => ({
              label: f,
              testId: `fileTabs.move.${f}`,
              run: () => moveTo(selected.key, f),
            })),
          {
            label: 'A new file…',
            testId: 'fileTabs.move-new',
            run: () => setEditing({ file: 'new', move: selected.key }),
          },
        ]
      : [{ heading: 'Select a resource to move it to another file' }]),
  ];

  return (
    <>
      <nav className="yaml-tabs" aria-label="Files">
        {files.map((file) =>
          editing?.file === file ? (
            <FileNameInput
              key={file}
              initial={file}
              onCommit={commit}
              onCancel={() => setEditing(undefined)}
              onDone={() => setEditing(undefined)}
            />
          ) : (
            <button
              key={file}
              className={file === activeFile ? 'yaml-tab active' : 'yaml-tab'}
              aria-current={file === activeFile}
              data-testid={`yaml.file.${file}`}
              title={`${file} (double-click to rename)`}
              onClick={() => store.getState().setActiveFile(file)}
              onDoubleClick={() => setEditing({ file })}
            >
              {file}
            </button>
          ),
        )}
        {editing?.file === 'new' && (
          <FileNameInput
            initial={freshName(files, editing.move ? 'moved' : 'untitled')}
            onCommit={commit}
            onCancel={() => setEditing(undefined)}
            onDone={() => setEditing(undefined)}
          />
        )}
      </nav>
      <button
        type="button"
        className="icon-button"
        title="Add a file"
        aria-label="Add a file"
        data-testid="fileTabs.add"
        onClick={() => setEditing({ file: 'new' })}
      >
        + File
      </button>
      <div className="yaml-files-menu">
        <Menu
          label="Files"
          title="Add, rename or delete files; move a resource"
          testId="fileTabs.menu"
          entries={entries}
        />
      </div>
    </>
  );
}
