import type { GatewayApiTarget } from '../core/schemas/gateway-api/target.ts';
import type { NodePosition, Viewport } from '../core/document/document.ts';
import type { Command, CommandResult, FileEdit } from '../core/commands/types.ts';
import type { Design, SourceFile } from '../core/design/design.ts';
import type { Graph } from '../core/graph/types.ts';
import type { SourceRange } from '../core/source.ts';

/**
 * Who made a change. The YAML pane ignores changes it made itself (`'yaml'`) so its own typing is
 * never echoed back into the editor; `'history'` marks undo/redo and is never recorded again.
 */
export type Origin = 'canvas' | 'yaml' | 'import' | 'url' | 'history';

/** A manual node position on the canvas (flow coordinates). */
export type { NodePosition };

/** The latest change to the design text, for views that patch themselves (Monaco). */
export interface LastChange {
  /** Incremented on every design change. */
  version: number;
  origin: Origin;
  /** Non-overlapping edits in the offsets of each file's text before this change. */
  edits: readonly FileEdit[];
}

/** The design, its derived graph and the way to change it. */
export interface DesignSlice {
  /** The current design (may contain YAML syntax errors). */
  design: Design;
  /** The graph of the last design whose text parsed without YAML syntax errors. */
  graph: Graph;
  /** The design `graph` was built from: `design`, or while stale the last one that parsed. */
  shownDesign: Design;
  /** True while the text has syntax errors and `graph` is the last good one. */
  stale: boolean;
  lastChange: LastChange;
  /** Applies a command (canvas and inspector gestures); recorded in history unless from history. */
  dispatch(command: Command, origin?: Origin): CommandResult;
  /** Replaces a file's text (typing in Monaco, import); creates the file when it is new. */
  setFileText(file: string, text: string, origin: Origin): void;
  /**
   * Applies text edits an editor already made (each in its file's current offsets, none
   * overlapping): what typing sends when the editor reports the change itself, so no diff of the
   * whole text is needed.
   */
  editText(edits: readonly FileEdit[], origin: Origin): void;
  /** Adds an empty file and opens it. Returns why it cannot (a bad or taken name), else nothing. */
  addFile(name: string): string | undefined;
  /** Renames a file (the YAML pane follows it). Returns why it cannot, else nothing. */
  renameFile(from: string, to: string): string | undefined;
  /** Removes a file with its resources. The design keeps at least one file. */
  removeFile(name: string): void;
  /** Adds new files (an import, a template) as one undo step; names must be free. */
  addFiles(files: readonly SourceFile[], origin: Origin): void;
}

/** What is selected on the canvas (graph node ids). Session state: never undone. */
export interface SelectionSlice {
  selection: readonly string[];
  select(ids: readonly string[]): void;
}

/** View state kept beside the YAML: node positions, the open file, panels, fit requests. */
export interface ViewSlice {
  /** The file shown in the YAML pane. */
  activeFile: string;
  setActiveFile(file: string): void;
  /** Manual node positions by graph node id (not written into the YAML; undoable). */
  positions: Readonly<Record<string, NodePosition>>;
  moveNodes(moves: Readonly<Record<string, NodePosition>>): void;
  /** The canvas viewport as last reported by the canvas (session state, saved with the design). */
  viewport: Viewport | undefined;
  setViewport(viewport: Viewport): void;
  /**
   * Supporting objects (GatewayClass, Secret, ReferenceGrant, …) the person expanded from their
   * chip into a node of their own (view state; not undoable).
   */
  expanded: ReadonlySet<string>;
  /** Shows a supporting object as a node (`true`) or back as a chip on what it serves. */
  setExpanded(id: string, expanded: boolean): void;
  /** Incremented by `requestFitView`; the canvas fits its view whenever it changes. */
  fitViewRequest: number;
  requestFitView(): void;
  /** The YAML pane's layout (session state). */
  yamlPane: YamlPaneLayout;
  setYamlPane(patch: Partial<YamlPaneLayout>): void;
  /** Width in CSS pixels of the left column (palette and inspector); session state. */
  sideColumnWidth: number;
  setSideColumnWidth(width: number): void;
  /** The latest request to show a range in the YAML pane; `seq` tells repeated requests apart. */
  yamlReveal: { range: SourceRange; seq: number } | undefined;
  /** Opens the range's file in the YAML pane (expanding it) and scrolls the range into view. */
  revealInYaml(range: SourceRange): void;
}

export interface YamlPaneLayout {
  collapsed: boolean;
  /** Width in CSS pixels. */
  width: number;
}

/** One undo history for canvas gestures and text edits. */
export interface HistorySlice {
  /** Opens a gesture: every change until `endGesture` is one undo step (nesting is counted). */
  beginGesture(): void;
  endGesture(): void;
  /** Cancels the open gesture: reverts its changes and records nothing. */
  bail(): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * Options of the live analysis. The analysis itself is derived from `design` outside the store
 * (the UI's analysis feed, with `composeAnalysis` from src/store/analysis.ts), never stored.
 */
export interface AnalysisSlice {
  /** Report references to objects not in the design as errors instead of warnings. */
  missingAsError: boolean;
  setMissingAsError(missingAsError: boolean): void;
  /** The Gateway API release and channel the design is checked against (per design). */
  gatewayApi: GatewayApiTarget;
  setGatewayApi(gatewayApi: GatewayApiTarget): void;
}

/** A request as the Simulate panel's form writes it (the form's own fields, as typed). */
export interface SimulationRequest {
  /** The entry point option: `gateway:NS/NAME`, `gateway:NS/NAME#LISTENER`, `service:NS/NAME`, `istio-gateway:NS/NAME` or `mesh`. */
  entry: string;
  method: string;
  url: string;
  /** `Name: value` lines. */
  headers: string;
  sni: string;
}

/** What the canvas emphasises while a dock panel shows it. */
export type CanvasHighlight =
  /** A simulated request's path (graph node and edge ids); everything else is dimmed. */
  | { type: 'path'; nodes: ReadonlySet<string>; edges: ReadonlySet<string> }
  /** Route coverage: the rules (graph node ids) some routing test exercises, and those none does. */
  | { type: 'coverage'; tested: ReadonlySet<string>; untested: ReadonlySet<string> };

/** The request simulator's and routing tests' view state. Session state: never undone. */
export interface TrafficViewSlice {
  /** The request the Simulate panel last ran; undefined until then (the panel offers a default). */
  simulation: SimulationRequest | undefined;
  setSimulation(simulation: SimulationRequest): void;
  canvasHighlight: CanvasHighlight | undefined;
  setCanvasHighlight(highlight: CanvasHighlight | undefined): void;
}

export type DesignState = DesignSlice &
  SelectionSlice &
  ViewSlice &
  HistorySlice &
  AnalysisSlice &
  TrafficViewSlice;
