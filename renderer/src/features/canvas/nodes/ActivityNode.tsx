import type { NodeProps } from '@xyflow/react';
import type { EntityNodeOf } from '../types';
import { entityNode } from './entityNode';
import { Fact, NodeShell } from './NodeShell';

const hours = (h: number) => `${Number.isInteger(h) ? h : h.toFixed(1)} h`;

function ActivityNodeView({ id, data, selected }: NodeProps<EntityNodeOf<'activity'>>) {
  const a = data.entity;
  return (
    <NodeShell id={id} kind="activity" title={a.title} selected={selected}>
      <Fact tone="strong">{hours(a.contactHours + a.selfStudyHours)}</Fact>
      <Fact>
        {hours(a.contactHours)} contact · {a.deliveryMode}
      </Fact>
    </NodeShell>
  );
}

export const ActivityNode = entityNode('activity', ActivityNodeView);
