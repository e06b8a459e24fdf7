import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { configureMonacoYaml } from 'monaco-yaml';
import { jsonSchemas } from '../../../core/schemas/json-schema.ts';
import { withLegacyWorkerFactory } from './legacy-worker.ts';
import YamlWorker from './yaml.worker.ts?worker';

let configured = false;

/**
 * Configures Monaco once per page: the web workers (Vite `?worker` entries) and monaco-yaml with
 * the JSON Schemas the core derives from its resource schemas, so every kind's fields complete
 * and show their description on hover.
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
    schemas: jsonSchemas(),
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
