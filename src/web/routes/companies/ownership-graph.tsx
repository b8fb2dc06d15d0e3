import { useId } from 'react';
import type { OwnershipResponse } from '../../api/types.ts';

type Node = OwnershipResponse['nodes'][number];

const NODE_W = 210;
const NODE_H = 58;
const ROW_H = 120;
const GAP = 24;

const percent = (value: number) => `${Number(value.toFixed(4))}%`;
const shorten = (text: string, max = 30) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Positions: the company at the bottom, each level of owners one row higher, evenly spread. */
const layout = (nodes: readonly Node[]) => {
  const maxDepth = Math.max(0, ...nodes.map((n) => n.depth));
  const rows = new Map<number, Node[]>();
  for (const node of nodes) rows.set(node.depth, [...(rows.get(node.depth) ?? []), node]);
  const widest = Math.max(...[...rows.values()].map((row) => row.length));
  const width = Math.max(720, widest * (NODE_W + GAP) + GAP);
  const at = new Map<string, { x: number; y: number }>();
  for (const [depth, row] of rows) {
    const span = row.length * NODE_W + (row.length - 1) * GAP;
    row.forEach((node, index) => {
      at.set(node.companyId, {
        x: (width - span) / 2 + index * (NODE_W + GAP),
        y: (maxDepth - depth) * ROW_H + 16,
      });
    });
  }
  return { at, width, height: (maxDepth + 1) * ROW_H - (ROW_H - NODE_H) + 32 };
};

/**
 * The ownership graph as a picture: boxes for the company and its owners (direct and indirect), arrows from
 * owner to owned labelled with the direct share. A picture for sighted users; the table beside it (named by
 * `tableId`) carries the same facts for everyone.
 */
export const OwnershipGraph = ({ graph, tableId }: { graph: OwnershipResponse; tableId: string }) => {
  const titleId = useId();
  const markerId = useId().replaceAll(':', '');
  const { at, width, height } = layout(graph.nodes);
  const company = graph.nodes.find((n) => n.depth === 0);
  return (
    <figure className="aiex-ownership-figure margin-x-0">
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={tableId}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
        className="aiex-ownership-graph"
      >
        <title id={titleId}>
          {`Ownership graph of ${company?.name ?? 'the company'}: ${graph.nodes.length - 1} owner(s), direct and indirect; the table below lists the same.`}
        </title>
        <defs>
          <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" fill="#1b1b1b" />
          </marker>
        </defs>
        {graph.edges.map((edge) => {
          const from = at.get(edge.ownerId);
          const to = at.get(edge.ownedId);
          if (!from || !to) return null;
          const x1 = from.x + NODE_W / 2;
          const y1 = from.y + NODE_H;
          const x2 = to.x + NODE_W / 2;
          const y2 = to.y;
          const label = percent(edge.sharePercent);
          const mx = (x1 + x2) / 2;
          const my = (y1 + y2) / 2;
          return (
            <g key={`${edge.ownerId}-${edge.ownedId}`}>
              <line
                x1={x1}
                y1={y1}
                x2={x2}
                y2={y2}
                stroke="#1b1b1b"
                strokeWidth={1.5}
                markerEnd={`url(#${markerId})`}
              />
              <rect x={mx - 30} y={my - 11} width={60} height={22} rx={4} fill="#ffffff" stroke="#565c65" />
              <text x={mx} y={my + 5} textAnchor="middle" fontSize={14} fontWeight="bold" fill="#1b1b1b">
                {label}
              </text>
            </g>
          );
        })}
        {graph.nodes.map((node) => {
          const pos = at.get(node.companyId);
          if (!pos) return null;
          const isCompany = node.depth === 0;
          return (
            <g key={node.companyId}>
              <rect
                x={pos.x}
                y={pos.y}
                width={NODE_W}
                height={NODE_H}
                rx={6}
                fill={isCompany ? '#162e51' : '#ffffff'}
                stroke="#162e51"
                strokeWidth={2}
              />
              <text
                x={pos.x + NODE_W / 2}
                y={pos.y + 23}
                textAnchor="middle"
                fontSize={14}
                fontWeight="bold"
                fill={isCompany ? '#ffffff' : '#1b1b1b'}
              >
                {shorten(node.name)}
              </text>
              <text
                x={pos.x + NODE_W / 2}
                y={pos.y + 43}
                textAnchor="middle"
                fontSize={12}
                fill={isCompany ? '#ffffff' : '#1b1b1b'}
              >
                {isCompany
                  ? `${node.country} · the company`
                  : `${node.country} · ${node.directPercent === null ? 'indirect' : `direct ${percent(node.directPercent)}`} · in all ${percent(node.effectivePercent)}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="text-base-dark">
        Arrows point from owner to owned company, labelled with the direct share. “In all” is the share of{' '}
        {company?.name ?? 'the company'} held directly and through other owners.
      </figcaption>
    </figure>
  );
};
