import { BaseEdge, getBezierPath, Position, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { Link } from '../../../../../shared/model';
import { useDetail } from '../detail';
import type { LinkEdge } from '../types';

/** Horizontal reach beyond which a link is "long": more than the five columns of one band. */
const LONG_LINK = 1_900;

const LEVEL_LETTER = { introduced: 'I', reinforced: 'R', mastered: 'M' } as const;
const LEVEL_WORD = { introduced: 'introduced', reinforced: 'reinforced', mastered: 'mastered' } as const;

/** The short label drawn on a link, and what it says in full (for the tooltip). */
export function linkLabel(link: Link): { text: string; title: string } | undefined {
  switch (link.kind) {
    case 'addresses':
      return { text: LEVEL_LETTER[link.level], title: `Skill ${LEVEL_WORD[link.level]} by this outcome` };
    case 'stacks-into':
      return link.creditsRecognised === undefined ? undefined : { text: `${link.creditsRecognised} cr`, title: `${link.creditsRecognised} credits recognised by the program` };
    case 'requires':
      return { text: 'requires', title: 'Prerequisite: must be completed first' };
    default:
      return undefined;
  }
}

/** A link between two nodes of one column (a prerequisite): a loop out to the right and back. */
function loopPath(sx: number, sy: number, tx: number, ty: number): [string, number, number] {
  const reach = 36 + Math.min(160, Math.abs(ty - sy) * 0.18);
  const cx = Math.max(sx, tx) + reach;
  return [`M ${sx},${sy} C ${cx},${sy} ${cx},${ty} ${tx},${ty}`, Math.max(sx, tx) + reach * 0.75, (sy + ty) / 2];
}

/** One labelled link. SVG text only (no HTML overlay) so thousands of labels cost little. */
function LinkEdgeComponent({ id, data, selected, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }: EdgeProps<LinkEdge>) {
  const link = data!.link;
  const loop = sourcePosition === Position.Right && targetPosition === Position.Right;
  const [path, labelX, labelY] = loop
    ? loopPath(sourceX, sourceY, targetX, targetY)
    : getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition, curvature: 0.25 });
  const detail = useDetail();
  const suggested = data!.suggestion;
  const label = detail === 'near' && !suggested ? linkLabel(link) : undefined;
  // Links reaching far across the map (to another band) are drawn faintly so they do not tangle the view.
  const long = Math.abs(targetX - sourceX) > LONG_LINK;
  const width = label ? Math.max(16, label.text.length * 6.4 + 8) : 0;
  return (
    <>
      <BaseEdge id={id} path={path} className={`mc-edge mc-edge--${link.kind}${selected ? ' is-selected' : ''}${long ? ' is-long' : ''}${suggested ? ' is-suggested' : ''}`} interactionWidth={14} />
      {label ? (
        <g className={`mc-edge-label mc-edge-label--${link.kind}${selected ? ' is-selected' : ''}`} transform={`translate(${labelX} ${labelY})`}>
          <title>{label.title}</title>
          <rect x={-width / 2} y={-8} width={width} height={16} rx={8} />
          <text textAnchor="middle" dominantBaseline="central">
            {label.text}
          </text>
        </g>
      ) : null}
    </>
  );
}

export const LinkEdgeView = memo(LinkEdgeComponent);
