import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  type EdgeProps,
  type EdgeTypes,
} from '@xyflow/react';
import { memo } from 'react';
import type { CanvasEdge } from './flow-types.ts';
import { useEdgeMark } from './highlight/useCanvasHighlight.ts';
import { EdgeStatusMarker } from './status/EdgeStatusMarker.tsx';

/**
 * A reference between objects: a bezier with a class per reference type (mirror edges are
 * dashed, edges to missing objects faded) and, for weighted backends, the share of the rule.
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
        <EdgeLabelRenderer>
          <div
            className={`rs-edge__label nodrag nopan${mark ? ` is-${mark}` : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid="canvas.edge-label"
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
      {data?.type === 'parent-ref' && (
        <EdgeLabelRenderer>
          <EdgeStatusMarker edgeId={id} x={labelX} y={labelY} />
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const edgeTypes = { ref: RefEdge } satisfies EdgeTypes;
