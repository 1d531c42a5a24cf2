import type { EntityKind } from '../../../../shared/model';

/** Simple 16-pixel stroke icons, one per entity kind (inline SVG: no remote content). */
const PATHS: Readonly<Record<EntityKind, string>> = {
  // A wrench: a skill employers ask for.
  skill: 'M10.5 2.5a3 3 0 0 0-3.2 4L2.8 11a1.4 1.4 0 0 0 2 2l4.5-4.5a3 3 0 0 0 4-3.2l-1.8 1.8-1.8-.4-.4-1.8z',
  // A target: what the learner will be able to do.
  outcome: 'M8 14A6 6 0 1 0 8 2a6 6 0 0 0 0 12zM8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM8 8.5a.5.5 0 1 0 0-1',
  // A clipboard with a tick: how it is assessed.
  assessment: 'M5.5 3H4a1 1 0 0 0-1 1v9a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V4a1 1 0 0 0-1-1h-1.5M6 2h4v2H6zM5.5 9l2 2 3.5-4',
  // An open book: a learning activity.
  activity: 'M8 4.5C6.5 3.3 4.5 3 2 3v9.5c2.5 0 4.5.3 6 1.5 1.5-1.2 3.5-1.5 6-1.5V3c-2.5 0-4.5.3-6 1.5zM8 4.5V14',
  // A rosette with ribbons: the micro-credential.
  credential: 'M8 10a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM5.5 9.2 4.5 14 8 12.3l3.5 1.7-1-4.8',
  // A mortarboard: the program it stacks into.
  program: 'M1.5 6 8 3l6.5 3L8 9zM4 7.2V11c1 1 2.5 1.5 4 1.5s3-.5 4-1.5V7.2M14.5 6v4',
};

export function EntityIcon({ kind, className }: { kind: EntityKind; className?: string }) {
  return (
    <svg className={className ?? 'entity-icon'} viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** How each kind is named in the interface. */
export const KIND_LABEL: Readonly<Record<EntityKind, string>> = {
  skill: 'Skill',
  outcome: 'Outcome',
  assessment: 'Assessment',
  activity: 'Activity',
  credential: 'Micro-credential',
  program: 'Program',
};

export const KIND_PLURAL: Readonly<Record<EntityKind, string>> = {
  skill: 'Skills',
  outcome: 'Outcomes',
  assessment: 'Assessments',
  activity: 'Activities',
  credential: 'Credentials',
  program: 'Programs',
};

/** The kind colours, also used by the minimap (CSS variables carry the same values). */
export const KIND_COLOUR: Readonly<Record<EntityKind, string>> = {
  skill: '#0f766e',
  outcome: '#4f57c9',
  assessment: '#b45309',
  activity: '#4d7c2f',
  credential: '#be185d',
  program: '#475569',
};
