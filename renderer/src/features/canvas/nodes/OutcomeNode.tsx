import type { NodeProps } from '@xyflow/react';
import { useMemo } from 'react';
import { classifyOutcome } from '../../../../../shared/analysis/bloom/classify';
import type { EntityNodeOf } from '../types';
import { entityNode } from './entityNode';
import { Fact, NodeShell } from './NodeShell';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function OutcomeNodeView({ id, data, selected }: NodeProps<EntityNodeOf<'outcome'>>) {
  const o = data.entity;
  const bloom = useMemo(() => classifyOutcome(o.statement), [o.statement]);
  const level = o.bloomOverride ?? (bloom.levels.length === 1 ? bloom.levels[0] : undefined);
  return (
    <NodeShell id={id} kind="outcome" title={o.statement} selected={selected} code={o.code}>
      {bloom.vague && !o.bloomOverride ? (
        <Fact tone="warn">Vague verb “{bloom.verb}”</Fact>
      ) : level ? (
        <Fact tone="strong">Bloom: {capital(level)}</Fact>
      ) : bloom.levels.length > 1 ? (
        <Fact>Bloom: {bloom.levels.map(capital).join(' / ')}</Fact>
      ) : (
        <Fact tone="warn">No measurable verb</Fact>
      )}
    </NodeShell>
  );
}

export const OutcomeNode = entityNode('outcome', OutcomeNodeView);
