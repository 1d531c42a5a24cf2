import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { EntityKind } from '../../../../../shared/model';
import { NodeMarkers } from '../../advisor';
import { ConflictMark } from '../../collaboration';
import { severityLabel } from '../../readiness';
import { ChangedMark, useChangedMark } from '../../revisions';
import { useNodeBadge, type BadgeCounts } from '../badges';
import { EntityIcon, KIND_LABEL } from '../icons';

export interface NodeShellProps {
  id: string;
  kind: EntityKind;
  title: string;
  selected: boolean;
  /** A short reference shown in the header (LO3, CYB-101, NICE code). */
  code?: string;
  /** Replaces the kind name in the header, e.g. "Skill · knowledge". */
  kindLabel?: string;
  /** Key facts, one short line. */
  children?: ReactNode;
}

/** The frame every node shares: handles, coloured kind header, title (up to 3 lines), advisor marks and badge slot in the header; an outline while a comparison of revisions changed it. */
export function NodeShell({ id, kind, title, selected, code, kindLabel, children }: NodeShellProps) {
  const badge = useNodeBadge(id);
  const changed = useChangedMark(id);
  // Handles sit beside the card, not in it: the card clips its overflow, which would halve their hit area.
  return (
    <>
      <Handle type="source" position={Position.Left} id="l" className="mc-handle" />
      <div className={`mc-node mc-node--${kind}${selected ? ' is-selected' : ''}${changed ? ' is-changed' : ''}`} data-testid="map-node" data-kind={kind} title={title}>
        <div className="mc-node__head">
          <EntityIcon kind={kind} className="mc-node__icon" />
          <span className="mc-node__kind">{kindLabel ?? KIND_LABEL[kind]}</span>
          {code ? <span className="mc-node__code">{code}</span> : null}
          <ConflictMark id={id} />
          <NodeMarkers id={id} />
          {badge && (badge.errors || badge.warnings) ? (
            <span className={`mc-node__badge ${badge.errors ? 'is-error' : 'is-warning'}`} role="img" aria-label={badgeLabel(badge)}>
              {badge.errors || badge.warnings}
            </span>
          ) : null}
        </div>
        <div className="mc-node__title">{title}</div>
        <div className="mc-node__facts">{children}</div>
      </div>
      {/* Beside the card, not in its crowded header (the card clips what overflows it). */}
      {changed ? <ChangedMark /> : null}
      <Handle type="source" position={Position.Right} id="r" className="mc-handle" />
    </>
  );
}

/** One fact in the facts line; `tone` tints it (e.g. a status). */
export function Fact({ children, tone }: { children: ReactNode; tone?: 'strong' | 'warn' | 'ok' | 'muted' }) {
  return <span className={`mc-fact${tone ? ` mc-fact--${tone}` : ''}`}>{children}</span>;
}

/** "2 errors, 1 warning": what the badge says, naming only the severities it counts. */
function badgeLabel({ errors, warnings }: BadgeCounts): string {
  return [errors ? severityLabel('error', errors) : '', warnings ? severityLabel('warning', warnings) : ''].filter(Boolean).join(', ');
}
