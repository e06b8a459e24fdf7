import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { configureMonacoYaml } from 'monaco-yaml';
import { withLegacyWorkerFactory } from './legacy-worker.ts';
import YamlWorker from './yaml.worker.ts?worker';

let configured = false;

/**
 * Configures Monaco once per page: the web workers (Vite `?worker` entries) and monaco-yaml with
 * Kubernetes awareness. No JSON Schemas are registered yet (the schemas generated from the CRDs
 * come with the validation work), so for now the worker gives YAML structure only: folding,
 * outline, links; field completion and hover docs arrive with the schemas.
 */
export function setupMonaco(): typeof monaco {
  if (configured) return monaco;
  configured = true;
  globalThis.MonacoEnvironment = {
    getWorker(_workerId, label) {
      return label === 'yaml' ? new YamlWorker() : new EditorWorker();
    },
  };
  configureMonacoYaml(withLegacyWorkerFactory(monaco), {
    isKubernetes: true,
    enableSchemaRequest: false,
    // Our own diagnostics are the markers (the same list the CLI prints); monaco-yaml's would
    // repeat every syntax error.
    validate: false,
    completion: true,
    hover: true,
  });
  followSystemTheme();
  return monaco;
}

/** Monaco's theme follows the system color scheme, as the rest of the app does (CSS variables). */
function followSystemTheme(): void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => monaco.editor.setTheme(query.matches ? 'vs-dark' : 'vs');
  apply();
  query.addEventListener('change', apply);
}

export type Monaco = typeof monaco;
