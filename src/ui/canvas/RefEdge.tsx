import { BaseEdge, getBezierPath, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import { memo } from 'react';
import { EdgeLabel } from './edge-label-layer.tsx';
import type { CanvasEdge } from './flow-types.ts';
import { useEdgeMark } from './highlight/useCanvasHighlight.ts';
import { EdgeStatusMarker } from './status/EdgeStatusMarker.tsx';

/** Space between a share label and the handle it sits beside. */
const LABEL_GAP = 4;

/**
 * A reference between objects: a bezier with a class per reference type (mirror edges are
 * dashed, edges to missing objects faded) and, for weighted backends and mirrors, the share of the
 * rule, just before the edge's end: edges fanning out of one rule meet their targets apart, where
 * the rows and Services they reach keep the labels from covering one another.
 */
const RefEdge = memo(function RefEdge(props: EdgeProps<CanvasEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } =
    props;
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const mark = useEdgeMark(id);
  const classes = [
    'rs-edge',
    `rs-edge--${data?.type ?? 'ref'}`,
    data?.missing && 'rs-edge--missing',
    selected && 'is-selected',
    mark && `is-${mark}`,
  ];
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={classes.filter(Boolean).join(' ')}
        interactionWidth={16}
      />
      {data?.label && (
        <EdgeLabel>
          <div
            className={`rs-edge__label nodrag nopan${data.type === 'mirror' ? ' rs-edge__label--mirror' : ''}${mark ? ` is-${mark}` : ''}`}
            style={{
              transform: `translate(-100%, -50%) translate(${targetX - LABEL_GAP}px, ${targetY}px)`,
            }}
            data-testid="canvas.edge-label"
          >
            {data.label.text}
            {data.label.detail && <small>{data.label.detail}</small>}
          </div>
        </EdgeLabel>
      )}
      {data?.type === 'parent-ref' && (
        <EdgeLabel>
          <EdgeStatusMarker edgeId={id} x={labelX} y={labelY} />
        </EdgeLabel>
      )}
    </>
  );
});

export const edgeTypes = { ref: RefEdge } satisfies EdgeTypes;
