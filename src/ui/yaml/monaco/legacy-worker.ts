import type * as monaco from 'monaco-editor';

type Monaco = typeof monaco;

/** The options monaco-yaml (via monaco-worker-manager) passes, from before Monaco 0.53. */
interface LegacyWorkerOptions {
  label?: string;
  moduleId?: string;
  createData?: unknown;
  keepIdleModels?: boolean;
}

/**
 * monaco-yaml 5.5 creates its worker with the pre-0.53 `createWebWorker({ label, createData })`;
 * Monaco 0.53+ needs the Worker itself and no longer sends `createData`. This facade builds the
 * worker through `MonacoEnvironment.getWorker(label)` and replays the two messages the worker
 * bootstrap expects (a wake-up, then `createData`), as Monaco's own language workers now do.
 * Remove it once monaco-yaml supports the new API (remcohaszing/monaco-yaml#272).
 */
export function withLegacyWorkerFactory(m: Monaco): Monaco {
  const createWebWorker = <T extends object>(options: LegacyWorkerOptions) => {
    const label = options.label ?? 'monaco-editor-worker';
    const worker = globalThis.MonacoEnvironment?.getWorker?.('workerMain.js', label);
    if (!worker) throw new Error(`MonacoEnvironment.getWorker gave no worker for ${label}`);
    const ready = Promise.resolve(worker).then((w) => {
      w.postMessage('ignore');
      w.postMessage(options.createData);
      return w;
    });
    return m.editor.createWebWorker<T>({
      worker: ready,
      keepIdleModels: options.keepIdleModels,
    });
  };
  return { ...m, editor: { ...m.editor, createWebWorker } } as Monaco;
}
