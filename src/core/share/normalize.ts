import type {
  DesignDocument,
  DesignSettings,
  DesignView,
  NodePosition,
} from '../document/document.ts';
import { SHARE_LIMITS } from './limits.ts';

function isCoordinate(value: number): boolean {
  return Number.isFinite(value) && Math.abs(Math.round(value)) <= SHARE_LIMITS.maxCoordinate;
}

/** The text as UTF-8 gives it back: lone surrogates become U+FFFD. */
const wellFormed = (text: string): string =>
  new TextDecoder().decode(new TextEncoder().encode(text));

/** A whole number, with -0 as 0. */
const whole = (value: number): number => Math.round(value) + 0;

/**
 * The document exactly as a link carries it, so `decode(encode(d))` equals `normalizeForShare(d)`:
 * file names and texts as they are (texts as UTF-8, so a lone surrogate, which no file can hold,
 * becomes U+FFFD); positions rounded to whole numbers, and dropped when not finite or beyond
 * `SHARE_LIMITS.maxCoordinate`; a viewport kept only when its numbers are finite and its zoom
 * positive; view and settings with their known fields only, absent ones left out.
 */
export function normalizeForShare(document: DesignDocument): DesignDocument {
  const positions: Record<string, NodePosition> = {};
  for (const [id, { x, y }] of Object.entries(document.positions)) {
    if (isCoordinate(x) && isCoordinate(y)) positions[id] = { x: whole(x), y: whole(y) };
  }
  const view: DesignView = {};
  if (document.view.activeFile !== undefined) view.activeFile = document.view.activeFile;
  const viewport = document.view.viewport;
  if (
    viewport &&
    [viewport.x, viewport.y, viewport.zoom].every(Number.isFinite) &&
    viewport.zoom > 0
  ) {
    view.viewport = { x: viewport.x + 0, y: viewport.y + 0, zoom: viewport.zoom };
  }
  const settings: DesignSettings = {};
  if (document.settings.gatewayApi !== undefined)
    settings.gatewayApi = document.settings.gatewayApi;
  return {
    files: document.files.map((f) => ({ name: f.name, text: wellFormed(f.text) })),
    positions,
    view,
    settings,
  };
}
