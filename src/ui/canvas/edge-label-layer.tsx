import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * React Flow's div layer for edge labels. Its own `EdgeLabelRenderer` looks the layer up with a
 * `querySelector` in a store selector, once per label on every flow store update: hundreds of
 * lookups per key typed on a 1,000-route design. The canvas finds the layer once and provides it.
 */
export const EdgeLabelLayer = createContext<HTMLElement | null>(null);

/** The CSS class of the layer React Flow renders inside its viewport. */
export const EDGE_LABEL_LAYER_CLASS = 'react-flow__edgelabel-renderer';

/** Renders `children` in the edge label layer (nothing until the canvas has found it). */
export function EdgeLabel({ children }: { children: ReactNode }) {
  const layer = useContext(EdgeLabelLayer);
  return layer ? createPortal(children, layer) : null;
}
