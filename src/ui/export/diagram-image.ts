import { renderDiagramSvg } from '../../core/diagram/svg.ts';
import type { DesignState } from '../../store/index.ts';

/** PNG exports are drawn at twice the diagram's size: sharp on high-density screens. */
export const PNG_SCALE = 2;

/** The canvas as a standalone SVG document: what it shows, where it shows it. */
export function canvasSvg(state: DesignState): string {
  return renderDiagramSvg({
    design: state.shownDesign,
    graph: state.graph,
    positions: state.positions,
    expanded: state.expanded,
  });
}

/** The canvas as a PNG: the SVG drawn onto a canvas element at `PNG_SCALE`. */
export async function canvasPng(state: DesignState): Promise<Blob> {
  const svg = canvasSvg(state);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * PNG_SCALE;
    canvas.height = image.naturalHeight * PNG_SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
