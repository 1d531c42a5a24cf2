import type { NodeProps } from '@xyflow/react';
import { Profiler, memo, type ComponentType } from 'react';
import { NODE_TYPES } from '../../../renderer/src/features/canvas/nodeTypes';

/**
 * Counts re-rendered nodes with React's Profiler API, from outside the product: each of the
 * canvas's node components is wrapped, before the canvas mounts, in a `<Profiler>` whose
 * `onRender` runs once per commit in which anything inside that node rendered (the node
 * component or any of its children). The wrapper is memoised like the node components, so
 * it renders exactly when React Flow would re-render the node. The page is built with
 * `react-dom/profiling` (see driver.ts): production React does not call `onRender`.
 */
let renders = 0;
const counted = () => {
  renders++;
};

const types = NODE_TYPES as Record<string, ComponentType<NodeProps>>;
for (const kind of Object.keys(types)) {
  const Node = types[kind]!;
  types[kind] = memo(function ProfiledNode(props: NodeProps) {
    return (
      <Profiler id={kind} onRender={counted}>
        <Node {...props} />
      </Profiler>
    );
  });
}

/** Node renders so far. */
export function nodeRenderCount(): number {
  return renders;
}
