import '@xyflow/react/dist/style.css';
import { ReactFlow, ReactFlowProvider, type Edge, type Node } from '@xyflow/react';
import { useMemo } from 'react';
import { entityLabel, type McredDocument } from '../../../shared/model';

/** The reference: plain React Flow, default nodes and edges, default options, the same graph and positions. */
export function PlainView({ doc }: { doc: McredDocument }) {
  const nodes = useMemo(
    (): Node[] => Object.values(doc.entities).map((e) => ({ id: e.id, position: doc.layout[e.id] ?? { x: 0, y: 0 }, data: { label: entityLabel(e) } })),
    [doc],
  );
  const edges = useMemo((): Edge[] => Object.values(doc.links).map((l) => ({ id: l.id, source: l.from, target: l.to })), [doc]);
  return (
    <ReactFlowProvider>
      <ReactFlow defaultNodes={nodes} defaultEdges={edges} fitView />
    </ReactFlowProvider>
  );
}
