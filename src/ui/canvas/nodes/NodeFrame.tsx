import { Handle, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import type { RowText } from '../../../core/diagram/node-text.ts';
import { DETAIL_LINE_HEIGHT, HEADER_HEIGHT } from '../../../core/layout/geometry.ts';
import { Icon } from '../../icons/Icon.tsx';
import { useDesignStoreApi } from '../../state/store-context.tsx';
import { handleId, type CanvasNode } from '../flow-types.ts';
import { useFrameMark, useNodeMark } from '../highlight/useCanvasHighlight.ts';
import { CoverageTag } from '../highlight/CoverageTag.tsx';
import { namespaceHue } from '../../../core/diagram/namespace-color.ts';
import { AttachedRoutes } from '../status/AttachedRoutes.tsx';
import { NodeBadge } from '../status/NodeBadge.tsx';
import { Chips } from './Chips.tsx';
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

function Row({ row, selectedPart }: { row: RowText; selectedPart: string | undefined }) {
  const store = useDesignStoreApi();
  const title = [row.label, row.line1, row.line2].filter(Boolean).join('\n');
  const selected = selectedPart === row.id;
  const mark = useNodeMark(row.id);
  return (
    <div
      className={`rs-row${row.ghost ? ' rs-row--ghost' : ''}${selected ? ' is-selected' : ''}${mark ? ` is-${mark}` : ''}`}
      style={{ height: row.height }}
      title={title}
      data-testid={`canvas.row.${row.id}`}
      onClick={(event) => {
        // The row, not the whole node: the YAML pane then shows the part's own lines.
        event.stopPropagation();
        store.getState().select([row.id]);
      }}
    >
      <div className="rs-row__line rs-row__first">
        <span className="rs-row__label">{row.label}</span>
        <span className="rs-row__summary">{row.line1}</span>
        <AttachedRoutes id={row.id} />
        <CoverageTag mark={mark} />
      </div>
      {row.line2 !== undefined && <div className="rs-row__line rs-row__action">{row.line2}</div>}
      {row.chips.length > 0 && <Chips chips={row.chips} selectedPart={selectedPart} />}
      <Handles id={row.id} />
    </div>
  );
}

function CollapseButton({ id }: { id: string }) {
  const store = useDesignStoreApi();
  return (
    <button
      type="button"
      className="rs-node__collapse nodrag"
      title="Show as a chip on what it serves"
      aria-label="Show as a chip"
      data-testid={`canvas.collapse.${id}`}
      onClick={(event) => {
        event.stopPropagation();
        store.getState().setExpanded(id, false);
      }}
    >
      <Icon name="collapse" size={12} />
    </button>
  );
}

/**
 * The common body of every canvas node: kind (with its icon) and name, the namespace when no
 * frame shows it, an optional detail line and the chips of its supporting objects, then one row
 * per part, each with its own left (in) and right (out) handle. Heights come from the layout
 * geometry so the layout knows where every handle is.
 */
export function NodeFrame({
  id,
  data,
  selected,
  variant,
  children,
}: NodeProps<CanvasNode> & { variant: string; children?: ReactNode }) {
  const updateNodeInternals = useUpdateNodeInternals();
  const { text } = data;
  const handleKey = text.rows.map((r) => `${r.id}:${r.height}`).join('\n') + data.headerHeight;
  // Rows (and so handles) can change without the node's size changing: re-read handle bounds.
  // Not on mount: React Flow measures a new node itself, in one batch with the others; a call
  // per mounted node costs a pass over all nodes each (minutes when a large design opens).
  const measuredKey = useRef(handleKey);
  useEffect(() => {
    if (measuredKey.current === handleKey) return;
    measuredKey.current = handleKey;
    updateNodeInternals(id);
  }, [id, handleKey, updateNodeInternals]);
  const style = { width: data.width, '--ns-hue': namespaceHue(text.namespace) } as CSSProperties;
  const mark = useFrameMark(id, text.rows);
  const classes = [
    'rs-node',
    `rs-node--${variant}`,
    text.ghost && 'rs-node--ghost',
    selected && 'is-selected',
    mark && `is-${mark}`,
  ];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      style={style}
      data-testid={`canvas.node.${id}`}
    >
      <div className="rs-node__header" style={{ height: data.headerHeight }}>
        <div className="rs-node__kind">
          <Icon name={data.icon} size={14} />
          <span className="rs-node__kind-label">{text.kindLabel}</span>
          {data.showNamespace && (
            <span className="rs-node__ns" data-testid={`canvas.node-namespace.${id}`}>
              {text.namespace ?? 'cluster-scoped'}
            </span>
          )}
          {data.collapsible && <CollapseButton id={id} />}
        </div>
        <div className="rs-node__name" title={text.name}>
          {text.name}
        </div>
        {text.detail !== undefined && (
          <div
            className="rs-node__detail"
            style={{ height: DETAIL_LINE_HEIGHT }}
            title={text.detail}
          >
            {text.detail}
          </div>
        )}
        {text.chips.length > 0 && <Chips chips={text.chips} selectedPart={data.selectedPart} />}
        <Handles id={id} top={HEADER_HEIGHT / 2} />
        <NodeBadge id={id} />
      </div>
      {text.rows.map((row) => (
        <Row key={row.id} row={row} selectedPart={data.selectedPart} />
      ))}
      {children}
    </div>
  );
}
