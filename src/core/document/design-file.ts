import { fileNameProblem } from '../design/file-names.ts';
import type { SourceFile } from '../design/design.ts';
import type { DesignDocument, DesignSettings, DesignView, NodePosition } from './document.ts';

/** The `format` field that marks a design file. */
export const DESIGN_FILE_FORMAT = 'route-studio-design';
/** The version this build writes; every version up to it is read. */
export const DESIGN_FILE_VERSION = 1;
/** Design files larger than this are refused before they are parsed. */
export const MAX_DESIGN_FILE_BYTES = 32 * 1024 * 1024;

/**
 * A design file: everything a design is (its files byte for byte, node positions, view and
 * settings) as one JSON document, for reopening later. Format in docs/design-file.md.
 */
export function writeDesignFile(document: DesignDocument): string {
  const out = {
    format: DESIGN_FILE_FORMAT,
    version: DESIGN_FILE_VERSION,
    files: document.files.map(({ name, text }) => ({ name, text })),
    positions: document.positions,
    view: document.view,
    settings: document.settings,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export type DesignFileResult =
  { ok: true; document: DesignDocument } | { ok: false; error: string };

/** True when the text is a design file (as far as its opening shows): what import checks first. */
export function isDesignFileText(text: string): boolean {
  return /^\s*\{[\s\S]{0,200}"format"\s*:\s*"route-studio-design"/.test(text.slice(0, 400));
}

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const fail = (error: string): DesignFileResult => ({ ok: false, error });

function readFiles(value: Json): SourceFile[] | string {
  if (!Array.isArray(value)) return '"files" must be a list of { name, text }.';
  const files: SourceFile[] = [];
  for (const [i, item] of value.entries()) {
    if (!isObject(item) || typeof item.name !== 'string' || typeof item.text !== 'string')
      return `files[${i}] must have a string "name" and a string "text".`;
    const problem = fileNameProblem(
      files.map((f) => f.name),
      item.name,
    );
    if (problem) return `files[${i}]: ${problem}`;
    files.push({ name: item.name, text: item.text });
  }
  return files;
}

const isFiniteNumber = (v: Json): v is number => typeof v === 'number' && Number.isFinite(v);

function readPositions(value: Json): Record<string, NodePosition> | string {
  // Keys come from the file: a null-prototype object, so "__proto__" is just a key.
  const positions = Object.create(null) as Record<string, NodePosition>;
  if (value === undefined) return positions;
  if (!isObject(value)) return '"positions" must map node ids to { x, y }.';
  for (const [id, at] of Object.entries(value)) {
    if (!isObject(at) || !isFiniteNumber(at.x) || !isFiniteNumber(at.y))
      return `positions["${id}"] must be { x, y } with finite numbers.`;
    positions[id] = { x: at.x, y: at.y };
  }
  return positions;
}

function readView(value: Json): DesignView | string {
  if (value === undefined) return {};
  if (!isObject(value)) return '"view" must be an object.';
  const view: DesignView = {};
  if (typeof value.activeFile === 'string') view.activeFile = value.activeFile;
  const vp = value.viewport;
  if (vp !== undefined) {
    if (
      !isObject(vp) ||
      !isFiniteNumber(vp.x) ||
      !isFiniteNumber(vp.y) ||
      !isFiniteNumber(vp.zoom) ||
      vp.zoom <= 0
    )
      return '"view.viewport" must be { x, y, zoom } with finite numbers and a positive zoom.';
    view.viewport = { x: vp.x, y: vp.y, zoom: vp.zoom };
  }
  return view;
}

function readSettings(value: Json): DesignSettings | string {
  if (value === undefined) return {};
  if (!isObject(value)) return '"settings" must be an object.';
  const settings: DesignSettings = {};
  if (value.gatewayApi !== undefined) {
    if (typeof value.gatewayApi !== 'string') return '"settings.gatewayApi" must be a string.';
    settings.gatewayApi = value.gatewayApi;
  }
  return settings;
}

/**
 * Reads a design file, checking every field (it is untrusted input). Unknown fields are
 * ignored, so files of a later minor change still open; a newer version is refused with a
 * message saying so.
 */
export function readDesignFile(text: string): DesignFileResult {
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`Not a design file: the JSON does not parse (${(error as Error).message}).`);
  }
  if (!isObject(json) || json.format !== DESIGN_FILE_FORMAT)
    return fail(`Not a design file: "format" is not "${DESIGN_FILE_FORMAT}".`);
  if (!Number.isInteger(json.version) || (json.version as number) < 1)
    return fail('The design file has no valid "version".');
  if ((json.version as number) > DESIGN_FILE_VERSION)
    return fail(
      `The design file is version ${json.version as number}; this Route Studio reads versions up to ${DESIGN_FILE_VERSION}.`,
    );
  const files = readFiles(json.files);
  if (typeof files === 'string') return fail(files);
  const positions = readPositions(json.positions);
  if (typeof positions === 'string') return fail(positions);
  const view = readView(json.view);
  if (typeof view === 'string') return fail(view);
  const settings = readSettings(json.settings);
  if (typeof settings === 'string') return fail(settings);
  return { ok: true, document: { files, positions, view, settings } };
}
