import { ControlButton } from '@xyflow/react';
import { useDesignStoreApi } from '../../state/store-context.tsx';
import { exportPng, exportSvg } from './diagram-export.ts';

/**
 * Export of the canvas as SVG or PNG, in the canvas' control bar until the toolbar's Export menu
 * takes these functions over.
 */
export function ExportButtons() {
  const store = useDesignStoreApi();
  return (
    <>
      <ControlButton
        onClick={() => exportSvg(store.getState())}
        title="Download the canvas as SVG"
        aria-label="Download the canvas as SVG"
        data-testid="canvas.export.svg"
        className="rs-export-button"
      >
        SVG
      </ControlButton>
      <ControlButton
        onClick={() => void exportPng(store.getState())}
        title="Download the canvas as PNG"
        aria-label="Download the canvas as PNG"
        data-testid="canvas.export.png"
        className="rs-export-button"
      >
        PNG
      </ControlButton>
    </>
  );
}
