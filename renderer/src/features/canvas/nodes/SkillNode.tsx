import type { NodeProps } from '@xyflow/react';
import type { EntityNodeOf } from '../types';
import { entityNode } from './entityNode';
import { Fact, NodeShell } from './NodeShell';

function SkillNodeView({ id, data, selected }: NodeProps<EntityNodeOf<'skill'>>) {
  const s = data.entity;
  const source = s.source ? [s.source.framework, s.source.code].filter(Boolean).join(' ') : undefined;
  return (
    <NodeShell id={id} kind="skill" title={s.statement} selected={selected} kindLabel={`Skill · ${s.skillType}`}>
      <Fact tone={s.importance === 'essential' ? 'strong' : 'muted'}>{s.importance === 'essential' ? 'Essential' : 'Optional'}</Fact>
      {source ? <Fact>{source}</Fact> : null}
    </NodeShell>
  );
}

export const SkillNode = entityNode('skill', SkillNodeView);
