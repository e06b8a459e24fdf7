import type { DesignDocument } from '../../document/document.ts';
import { NumberModel } from './channel.ts';

/** Fixed odds of the presence flags: absent is the common case, so it costs a tenth of a bit. */
export const RARE = 256;

/** Size classes: the coded bytes fit in 2^class - 1 (5 bits at even odds, first in the stream). */
export const SIZE_CLASS_BITS = 5;

/**
 * Bits of the checksum that ends the stream. With the exact length check (the decoder knows how
 * many digits the encoder wrote) and UTF-8 and design validation, a changed character gets through
 * far less often than once in 4,096.
 */
export const CHECKSUM_BITS = 12;

/** The adaptive number models of one stream, fresh per link. */
export function numberModels() {
  return {
    files: new NumberModel(),
    positions: new NumberModel(),
    x: new NumberModel(),
    y: new NumberModel(),
  };
}

/** Zigzag: 0, -1, 1, -2, … as 0, 1, 2, 3, … */
export const zigzag = (n: number): number => (n < 0 ? -2 * n - 1 : 2 * n);
export const unzigzag = (n: number): number => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);

/** The strings of a (normalized) document in the order v1 codes them, as UTF-8. */
export interface V1Strings {
  names: Uint8Array[];
  texts: Uint8Array[];
  ids: Uint8Array[];
  activeFile?: Uint8Array;
  viewport?: Uint8Array[];
  gatewayApi?: Uint8Array;
}

const utf8 = new TextEncoder();

export function stringsOf(document: DesignDocument): V1Strings {
  const { viewport, activeFile } = document.view;
  const { gatewayApi } = document.settings;
  return {
    names: document.files.map((f) => utf8.encode(f.name)),
    texts: document.files.map((f) => utf8.encode(f.text)),
    ids: Object.keys(document.positions).map((id) => utf8.encode(id)),
    activeFile: activeFile === undefined ? undefined : utf8.encode(activeFile),
    viewport:
      viewport && [viewport.x, viewport.y, viewport.zoom].map((n) => utf8.encode(String(n))),
    gatewayApi: gatewayApi === undefined ? undefined : utf8.encode(gatewayApi),
  };
}

/** Bytes the model codes for these strings: each with its end marker. */
export function codedBytes(strings: V1Strings): number {
  const all = [
    ...strings.names,
    ...strings.texts,
    ...strings.ids,
    ...(strings.activeFile ? [strings.activeFile] : []),
    ...(strings.viewport ?? []),
    ...(strings.gatewayApi ? [strings.gatewayApi] : []),
  ];
  return all.reduce((sum, s) => sum + s.length + 1, 0);
}
