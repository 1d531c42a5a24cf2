import type { NodeProps } from '@xyflow/react';
import { CREDIT_UNITS } from '../../../../../shared/model';
import type { EntityNodeOf } from '../types';
import { entityNode } from './entityNode';
import { Fact, NodeShell } from './NodeShell';

function ProgramNodeView({ id, data, selected }: NodeProps<EntityNodeOf<'program'>>) {
  const p = data.entity;
  return (
    <NodeShell id={id} kind="program" title={p.title} selected={selected} kindLabel={p.level ? `Program · ${p.level}` : undefined}>
      {p.totalCredits ? (
        <Fact tone="strong">
          {p.totalCredits.value} {CREDIT_UNITS[p.totalCredits.unit].short} total
        </Fact>
      ) : (
        <Fact tone="muted">Total credits not set</Fact>
      )}
    </NodeShell>
  );
}

export const ProgramNode = entityNode('program', ProgramNodeView);
