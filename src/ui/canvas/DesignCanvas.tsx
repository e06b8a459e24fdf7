import { Background, ConnectionMode, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import { NamespaceFrames } from './NamespaceFrames.tsx';
import '@xyflow/react/dist/style.css';
import type { DesignState } from '../../store/index.ts';
import { useDesign, useDesignStoreApi } from '../state/store-context.tsx';
import { useLayoutEffect, useRef, useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ConnectFeedback } from './ConnectFeedback.tsx';
import { EDGE_LABEL_LAYER_CLASS, EdgeLabelLayer } from './edge-label-layer.tsx';
import { edgeTypes } from './RefEdge.tsx';
import { nodeTypes } from './nodes/kinds.tsx';
import { useCanvasFlow } from './useCanvasFlow.ts';
import { useCanvasHandlers } from './useCanvasHandlers.ts';
import { MINIMAP_SIZE, useViewport } from './useViewport.ts';
import './canvas.css';
import './highlight/highlight.css';

/**
 * The minimap shows only for designs too large to show whole at a readable zoom (the view keeps
 * nodes clear of it then). Above this many nodes it is left out: it renders every node (not just the visible
 * ones) and subscribes each to the flow store, so every store update costs a pass over all of
 * them (minutes of main-thread time when a 1,000-route design opens).
 */
const MINIMAP_MAX_NODES = 400;

const selectView = (s: DesignState) => ({
  stale: s.stale,
  fitViewRequest: s.fitViewRequest,
  highlight: s.canvasHighlight?.type,
});

/**
 * The designer canvas: resources as nodes with their parts as rows, references as edges. It
 * shows what the store derives and turns every gesture into a command; it never edits objects.
 * Must sit inside a `ReactFlowProvider` (the app provides one).
 */
export function DesignCanvas() {
  const wrapper = useRef<HTMLDivElement>(null);
  const handlers = useCanvasHandlers(wrapper);
  const { nodes, edges, frames } = useCanvasFlow(handlers.selectedEdges);
  const { stale, fitViewRequest, highlight } = useDesign(selectView);
  const store = useDesignStoreApi();
  const { showMinimap } = useViewport(nodes, frames, fitViewRequest);
  const [labelLayer, setLabelLayer] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    setLabelLayer(
      wrapper.current?.querySelector<HTMLElement>(`.${EDGE_LABEL_LAYER_CLASS}`) ?? null,
    );
  }, []);

  return (
    <div
      ref={wrapper}
      className={`rs-canvas${stale ? ' rs-canvas--stale' : ''}${highlight ? ` rs-canvas--${highlight}` : ''}`}
      data-testid="canvas"
      {...handlers.wrapperHandlers}
    >
      <EdgeLabelLayer.Provider value={labelLayer}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          {...handlers.flowHandlers}
          onMoveEnd={(_, viewport) => store.getState().setViewport(viewport)}
          connectionMode={ConnectionMode.Loose}
          onlyRenderVisibleElements
          deleteKeyCode={null}
          minZoom={0.05}
          colorMode="system"
        >
          <Background gap={24} />
          <NamespaceFrames frames={frames} />
          <Controls showInteractive={false} orientation="horizontal" />
          {showMinimap && nodes.length <= MINIMAP_MAX_NODES && (
            <MiniMap pannable zoomable style={MINIMAP_SIZE} />
          )}
        </ReactFlow>
      </EdgeLabelLayer.Provider>
      {handlers.notice && (
        <div className="rs-canvas__notice" role="status" data-testid="canvas.notice">
          {handlers.notice}
          <button type="button" onClick={handlers.clearNotice} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      {handlers.connectFeedback && (
        <ConnectFeedback
          feedback={handlers.connectFeedback}
          onChoose={handlers.chooseConnection}
          onDismiss={handlers.dismissConnectFeedback}
        />
      )}
      {handlers.confirm && (
        <ConfirmDialog request={handlers.confirm} onClose={handlers.closeConfirm} />
      )}
    </div>
  );
}
