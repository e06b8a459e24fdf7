import { useEffect, useState } from 'react';
import { droppedCandidates } from './read-files.ts';
import type { Importer } from './useImporter.ts';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/** True when a paste should stay where it happens: text fields and the editor take their own. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.closest(
      'input, textarea, select, [contenteditable], .monaco-editor, [role="dialog"]',
    ) !== null
  );
}

/**
 * Files dragged onto the page import when dropped (anywhere: the page shows where); text pasted
 * while no text field has the focus (the canvas) is added as a new file. Returns true while files
 * are dragged over the page. Palette drags carry no files and are left alone.
 */
export function useDropAndPaste(importer: Importer): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth += 1;
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      // The drop's items are readable only now, in this event: collect them before any await.
      const candidates = droppedCandidates(e.dataTransfer);
      void candidates.then((list) => (list.length > 0 ? importer.start(list, 'ask') : undefined));
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isEditable(e.target)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      e.preventDefault();
      importer.paste(text);
    };
    addEventListener('dragenter', onEnter);
    addEventListener('dragleave', onLeave);
    addEventListener('dragover', onOver);
    addEventListener('drop', onDrop);
    addEventListener('paste', onPaste);
    return () => {
      removeEventListener('dragenter', onEnter);
      removeEventListener('dragleave', onLeave);
      removeEventListener('dragover', onOver);
      removeEventListener('drop', onDrop);
      removeEventListener('paste', onPaste);
    };
  }, [importer]);
  return dragging;
}
