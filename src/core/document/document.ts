import type { SourceFile } from '../design/design.ts';

/** A canvas node position in flow coordinates. */
export interface NodePosition {
  x: number;
  y: number;
}

/** The canvas viewport: flow offset and zoom, as React Flow reports it. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** View state worth restoring with a design; every field is optional (absent = default). */
export interface DesignView {
  /** The file open in the YAML pane. */
  activeFile?: string;
  viewport?: Viewport;
}

/** Per-design choices that change what the analysis says; absent = the default. */
export interface DesignSettings {
  /** The Gateway API release and channel the design targets, e.g. `v1.6-standard`. */
  gatewayApi?: string;
}

/**
 * Everything a design is, as it is saved, shared and reopened: its files with their exact text
 * (the truth), and the view state kept beside the YAML, never in it. Autosave, design files,
 * share links and every way of opening a design go through this one shape.
 */
export interface DesignDocument {
  /** The design's files in order, byte for byte as the user has them. */
  files: readonly SourceFile[];
  /** Manual canvas positions by graph node id. */
  positions: Readonly<Record<string, NodePosition>>;
  view: DesignView;
  settings: DesignSettings;
}
