import type { NodeProps } from '@xyflow/react';
import { CREDIT_UNITS } from '../../../../../shared/model';
import type { EntityNodeOf } from '../types';
import { entityNode } from './entityNode';
import { Fact, NodeShell } from './NodeShell';

const STATUS: Readonly<Record<string, { label: string; tone: 'ok' | 'warn' | 'muted' }>> = {
  draft: { label: 'Draft', tone: 'muted' },
  'in-review': { label: 'In review', tone: 'warn' },
  approved: { label: 'Approved', tone: 'ok' },
};

function CredentialNodeView({ id, data, selected }: NodeProps<EntityNodeOf<'credential'>>) {
  const c = data.entity;
  const status = STATUS[c.status]!;
  return (
    <NodeShell id={id} kind="credential" title={c.title} selected={selected} code={c.code}>
      {c.credits ? (
        <Fact tone="strong">
          {c.credits.value} {CREDIT_UNITS[c.credits.unit].short}
        </Fact>
      ) : (
        <Fact tone="muted">No credits yet</Fact>
      )}
      <Fact tone={status.tone}>{status.label}</Fact>
    </NodeShell>
  );
}

export const CredentialNode = entityNode('credential', CredentialNodeView);
