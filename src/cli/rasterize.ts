/** Scale of PNG output: twice the diagram's size, sharp on high-density screens (as in the app). */
const PNG_SCALE = 2;

/**
 * An SVG diagram as PNG bytes, rendered by resvg (prebuilt per platform as npm packages, so
 * nothing is downloaded at install time) with the system's fonts. The native addon is loaded on
 * the first PNG, so the other commands start without it.
 */
export async function rasterize(svg: string): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
