/** A stable colour per namespace (hue from a string hash), so a namespace reads the same everywhere. */
export function namespaceHue(namespace: string | undefined): number {
  if (namespace === undefined) return 220;
  let hash = 0;
  for (let i = 0; i < namespace.length; i++) hash = (hash * 31 + namespace.charCodeAt(i)) | 0;
  return Math.abs(hash) % 360;
}

/** `#rrggbb` of an HSL colour (saturation and lightness in 0–100): every SVG renderer reads it. */
export function hslHex(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = lightness / 100;
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(255 * value)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
