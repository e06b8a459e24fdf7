import { Handle, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { DETAIL_LINE_HEIGHT, HEADER_HEIGHT, NODE_WIDTH } from '../../../core/layout/geometry.ts';
import { handleId, type CanvasNode, type RowView } from '../flow-types.ts';
import { namespaceHue } from '../namespace-color.ts';
import { useDesignStoreApi } from '../../state/store-context.tsx';
import { AttachedRoutes } from '../status/AttachedRoutes.tsx';
import { NodeBadge } from '../status/NodeBadge.tsx';
import '../status/status.css';

function Handles({ id, top }: { id: string; top?: number }) {
  const style = top === undefined ? undefined : { top };
  return (
    <>
      <Handle
        type="target"
        position={Position.Left}
        id={handleId(id, 'in')}
        style={style}
        data-testid={`canvas.handle.${id}.in`}
      />
      <Handle
        type="source"
        position={Position.Right}
        id={handleId(id, 'out')}
        style={style}
        data-testid={`canvas.handle.${id}.out`}
      />
    </>
  );
}

function Row({ row, selected }: { row: RowView; selected: boolean }) {
  const store = useDesignStoreApi();
  const title = [row.label, row.line1, row.line2].filter(Boolean).join('\n');
  return (
    <div
      className={`rs-row${row.ghost ? ' rs-row--ghost' : ''}${selected ? ' is-selected' : ''}`}
      style={{ height: row.height }}
      title={title}
      data-testid={`canvas.row.${row.id}`}
      onClick={(event) => {
        // The row, not the whole node: the YAML pane then shows the part's own lines.
        event.stopPropagation();
        store.getState().select([row.id]);
      }}
    >
      <div className="rs-row__line">
        <span className="rs-row__label">{row.label}</span>
        <span className="rs-row__summary">{row.line1}</span>
      </div>
      {row.line2 !== undefined && <div className="rs-row__line rs-row__action">{row.line2}</div>}
      <AttachedRoutes id={row.id} />
      <Handles id={row.id} />
    </div>
  );
}

/**
 * The common body of every canvas node: a namespace colour band, kind and name, an optional
 * detail line, then one row per part, each with its own left (in) and right (out) handle. Heights
 * come from the layout geometry so the layout knows where every handle is.
 */
export function NodeFrame({
  id,
  data,
  selected,
  variant,
  icon,
  children,
}: NodeProps<CanvasNode> & { variant: string; icon: string; children?: ReactNode }) {
  const updateNodeInternals = useUpdateNodeInternals();
  const handleKey = data.rows.map((r) => r.id).join('\n');
  // Rows (and so handles) can change without the node's size changing: re-read handle bounds.
  // Not on mount: React Flow measures a new node itself, in one batch with the others; a call
  // per mounted node costs a pass over all nodes each (minutes when a large design opens).
  const measuredKey = useRef(handleKey);
  useEffect(() => {
    if (measuredKey.current === handleKey) return;
    measuredKey.current = handleKey;
    updateNodeInternals(id);
  }, [id, handleKey, updateNodeInternals]);
  const style = {
    width: NODE_WIDTH,
    '--ns-hue': namespaceHue(data.namespace),
  } as CSSProperties;
  const classes = [
    'rs-node',
    `rs-node--${variant}`,
    data.ghost && 'rs-node--ghost',
    selected && 'is-selected',
  ];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      style={style}
      data-testid={`canvas.node.${id}`}
    >
      <div className="rs-node__header" style={{ height: HEADER_HEIGHT }}>
        <div className="rs-node__band">{data.namespace ?? 'cluster-scoped'}</div>
        <div className="rs-node__kind">
          <span aria-hidden="true">{icon}</span> {data.kindLabel}
        </div>
        <div className="rs-node__name" title={data.node.name}>
          {data.node.name}
        </div>
        <Handles id={id} top={HEADER_HEIGHT / 2} />
        <NodeBadge id={id} />
      </div>
      {data.detail !== undefined && (
        <div className="rs-node__detail" style={{ height: DETAIL_LINE_HEIGHT }} title={data.detail}>
          {data.detail}
        </div>
      )}
      {data.rows.map((row) => (
        <Row key={row.id} row={row} selected={data.selectedRow === row.id} />
      ))}
      {children}
    </div>
  );
}
