import type { NodeTypes } from '@xyflow/react';
import { ActivityNode } from './nodes/ActivityNode';
import { AssessmentNode } from './nodes/AssessmentNode';
import { CredentialNode } from './nodes/CredentialNode';
import { OutcomeNode } from './nodes/OutcomeNode';
import { ProgramNode } from './nodes/ProgramNode';
import { SkillNode } from './nodes/SkillNode';
import { LinkEdgeView } from './edges/LinkEdgeView';
import type { EdgeTypes } from '@xyflow/react';

/** Declared once at module level: a new object per render would remount every node. */
export const NODE_TYPES = {
  skill: SkillNode,
  outcome: OutcomeNode,
  assessment: AssessmentNode,
  activity: ActivityNode,
  credential: CredentialNode,
  program: ProgramNode,
} as NodeTypes;

export const EDGE_TYPES = { link: LinkEdgeView } as EdgeTypes;
