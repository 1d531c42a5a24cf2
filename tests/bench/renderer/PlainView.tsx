import '@xyflow/react/dist/style.css';
import { ReactFlow, ReactFlowProvider, useReactFlow, type Edge, type Node } from '@xyflow/react';
import { useMemo } from 'react';
import { entityLabel, type McredDocument } from '../../../shared/model';
import { timeToPaint } from './pageHooks';

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
      <KeystrokeHook ids={nodes.map((n) => n.id)} />
    </ReactFlowProvider>
  );
}

/** Plain React Flow's keystroke: one node's data updated (`updateNodeData`), timed to the next paint. */
function KeystrokeHook({ ids }: { ids: readonly string[] }) {
  const flow = useReactFlow();
  if (window.__bench && !window.__bench.keystroke) {
    let n = 0;
    window.__bench.keystroke = () => {
      const id = ids[n % ids.length]!;
      n++;
      return timeToPaint(() => flow.updateNodeData(id, { label: `Edited for the bench ${n}` }));
    };
  }
  return null;
}
