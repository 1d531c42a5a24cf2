import type { NodeProps } from '@xyflow/react';
import type { EntityNodeOf } from '../types';
import { entityNode } from './entityNode';
import { Fact, NodeShell } from './NodeShell';

const TYPE_LABEL: Readonly<Record<string, string>> = { 'case-study': 'Case study' };

function AssessmentNodeView({ id, data, selected }: NodeProps<EntityNodeOf<'assessment'>>) {
  const a = data.entity;
  const type = TYPE_LABEL[a.assessmentType] ?? a.assessmentType.charAt(0).toUpperCase() + a.assessmentType.slice(1);
  return (
    <NodeShell id={id} kind="assessment" title={a.title} selected={selected}>
      <Fact tone="strong">{type}</Fact>
      {a.weighting !== undefined ? <Fact>{a.weighting}% of grade</Fact> : null}
    </NodeShell>
  );
}

export const AssessmentNode = entityNode('assessment', AssessmentNodeView);
