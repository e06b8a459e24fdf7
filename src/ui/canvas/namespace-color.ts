/** A stable colour per namespace (hue from a string hash), so a namespace reads the same everywhere. */
export function namespaceHue(namespace: string | undefined): number {
  if (namespace === undefined) return 220;
  let hash = 0;
  for (let i = 0; i < namespace.length; i++) hash = (hash * 31 + namespace.charCodeAt(i)) | 0;
  return Math.abs(hash) % 360;
}
