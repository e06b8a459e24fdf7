import { useImperativeHandle, useRef, type Ref } from 'react';
import type { PickKind } from '../toolbar/Toolbar.tsx';
import { pickedCandidates } from './read-files.ts';
import type { Importer } from './useImporter.ts';

/** Opens the browser's file picker for one kind of import. */
export interface Pickers {
  pick(kind: PickKind): void;
}

const ACCEPT = '.yaml,.yml,.json,application/json,application/yaml,text/yaml';

/** The hidden file inputs behind Open ▸ …: files, a folder, files as a new design, a design file. */
export function ImportPickers({ importer, ref }: { importer: Importer; ref: Ref<Pickers> }) {
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const asNew = useRef<HTMLInputElement>(null);
  const designFile = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => ({
    pick(kind) {
      const input = { files, folder, 'new-design': asNew, 'design-file': designFile }[kind].current;
      input?.click();
    },
  }));
  const onChange = (mode: 'ask' | 'new') => (e: React.ChangeEvent<HTMLInputElement>) => {
    const candidates = pickedCandidates(e.currentTarget.files);
    // The same file picked again must fire `change` again.
    e.currentTarget.value = '';
    if (candidates.length > 0) void importer.start(candidates, mode);
  };
  return (
    <div hidden>
      <input
        ref={files}
        type="file"
        multiple
        accept={ACCEPT}
        onChange={onChange('ask')}
        data-testid="import.input.files"
      />
      <input
        ref={folder}
        type="file"
        // Folder selection: every file below it, named by its path inside the folder.
        {...{ webkitdirectory: '' }}
        onChange={onChange('ask')}
        data-testid="import.input.folder"
      />
      <input
        ref={asNew}
        type="file"
        multiple
        accept={ACCEPT}
        onChange={onChange('new')}
        data-testid="import.input.new-design"
      />
      <input
        ref={designFile}
        type="file"
        accept=".json,application/json"
        onChange={onChange('new')}
        data-testid="import.input.design-file"
      />
    </div>
  );
}
