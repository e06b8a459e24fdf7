import { memo } from 'react';
import { SANKEY, type SankeyLayout, type SankeyNode } from '../../core/diagram/flow-sankey.ts';

/** Where a node's name lines start (right of its bar) and how far apart they are. */
function NodeText({ n }: { n: SankeyNode }) {
  const x = n.x + SANKEY.bar + 5;
  const lines = [...n.lines, ...(n.condition ? [n.condition] : [])];
  const top = n.y + n.height / 2 - ((lines.length - 1) * SANKEY.lineHeight) / 2 + 4;
  return (
    <text className="flow-node__text" x={x} y={top}>
      {n.lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : SANKEY.lineHeight}>
          {line}
          {i === n.lines.length - 1 && n.share && (
            <tspan className="flow-node__share"> {n.share}</tspan>
          )}
        </tspan>
      ))}
      {n.condition && (
        <tspan className="flow-node__condition" x={x} dy={SANKEY.lineHeight}>
          {n.condition}
        </tspan>
      )}
    </text>
  );
}

/**
 * The Sankey picture of a host's flows, drawn from the core's layout as SVG elements (names are
 * text nodes, never markup). A click on a node selects what it stands for on the canvas.
 */
export const FlowSankey = memo(function FlowSankey({
  layout,
  onPick,
}: {
  layout: SankeyLayout;
  onPick(graphNode: string): void;
}) {
  return (
    <svg
      className="flow-sankey"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label="Traffic flow"
      data-testid="flow.sankey"
    >
      {layout.links.map((l, i) => (
        <g key={i}>
          <path
            className={`flow-link${l.link.mirror ? ' flow-link--mirror' : ''}${l.link.conditional ? ' flow-link--conditional' : ''}`}
            d={l.path}
            strokeWidth={l.width}
          >
            <title>{`${l.label ?? ''}${l.link.mirror ? ' (mirrored copies)' : ''}`.trim()}</title>
          </path>
          {/* A mirror's band is pale with a dashed line along it: copies, not the request itself. */}
          {l.link.mirror && <path className="flow-link__mirror-line" d={l.path} />}
        </g>
      ))}
      {layout.nodes.map((n) => (
        <g
          key={n.node.id}
          className={`flow-node flow-node--${n.node.kind}${n.node.graphNode ? ' is-pickable' : ''}`}
          data-testid="flow.node"
          data-kind={n.node.kind}
          onClick={() => n.node.graphNode && onPick(n.node.graphNode)}
        >
          <title>{n.node.label}</title>
          <rect x={n.x} y={n.y} width={SANKEY.bar} height={n.height} rx={2} />
          <NodeText n={n} />
        </g>
      ))}
      {layout.links.map(
        (l, i) =>
          l.label && (
            <text
              key={i}
              className="flow-link__label"
              x={l.labelX}
              y={l.labelY + 4}
              textAnchor="end"
              data-testid="flow.link-label"
            >
              {l.label}
            </text>
          ),
      )}
    </svg>
  );
});
