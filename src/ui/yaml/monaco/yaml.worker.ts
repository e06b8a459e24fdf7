// Re-exported locally so Vite bundles it as our own worker entry (monaco-yaml FAQ: "Unexpected usage").
import 'monaco-yaml/yaml.worker.js';
