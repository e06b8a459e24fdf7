import { strToU8, zipSync } from 'fflate';
import { writeDesignFile } from '../../core/document/design-file.ts';
import { joinAsMultiDocument, kubectlFiles } from '../../core/document/kubectl-export.ts';
import { documentOf, type DesignState } from '../../store/index.ts';
import { canvasPng, canvasSvg } from './diagram-image.ts';

/** Offers bytes as a download, as a link with `download` does. */
export function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started from the click; the URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The design's kubectl files as one multi-document YAML (Route Studio's own files left out). */
export function designAsYaml(state: DesignState): string {
  return joinAsMultiDocument(kubectlFiles(state.design));
}

/** The design's kubectl files in a zip, under their own names, byte for byte. */
export function designAsZip(state: DesignState): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of kubectlFiles(state.design)) entries[file.name] = strToU8(file.text);
  return zipSync(entries, { level: 6 });
}

export type ExportKind = 'yaml' | 'zip' | 'clipboard' | 'design-file' | 'svg' | 'png';

/**
 * Runs an export and says what happened (for a notice). Downloads are named after the design;
 * the clipboard gets the same YAML as the download.
 */
export async function exportDesign(
  state: DesignState,
  kind: ExportKind,
  base: string,
): Promise<string> {
  const count = kubectlFiles(state.design).length;
  switch (kind) {
    case 'yaml':
      download(`${base}.yaml`, designAsYaml(state), 'application/yaml');
      return `Downloaded ${base}.yaml (${count} files in one).`;
    case 'zip':
      download(`${base}.zip`, designAsZip(state) as Uint8Array<ArrayBuffer>, 'application/zip');
      return `Downloaded ${base}.zip (${count} files).`;
    case 'clipboard':
      await navigator.clipboard.writeText(designAsYaml(state));
      return `Copied the YAML of ${count} files to the clipboard.`;
    case 'design-file':
      download(`${base}.routestudio.json`, writeDesignFile(documentOf(state)), 'application/json');
      return `Downloaded ${base}.routestudio.json: open it again with Open ▸ Design file.`;
    case 'svg':
      download(`${base}.svg`, canvasSvg(state), 'image/svg+xml');
      return `Downloaded ${base}.svg, the canvas as a picture.`;
    case 'png':
      download(`${base}.png`, await canvasPng(state), 'image/png');
      return `Downloaded ${base}.png, the canvas as a picture.`;
  }
}

/** A file name for downloads from the design's title: `Gateway API: canary` → `gateway-api-canary`. */
export function downloadBase(title: string): string {
  const base = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return base || 'design';
}
