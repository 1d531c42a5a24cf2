import type { NodeProps } from '@xyflow/react';
import { memo, type ComponentType } from 'react';
import type { EntityKind } from '../../../../../shared/model';
import { useDetail } from '../detail';
import type { EntityNodeOf } from '../types';

type Props<K extends EntityKind> = NodeProps<EntityNodeOf<K>>;

/**
 * React Flow re-measures a node's handles from the DOM whenever it mounts (its resize
 * observer forces it), by their classes and data attributes. A far-out node draws no real
 * Handle (each subscribes to the flow's store), so it leaves these inert stand-ins in the
 * same places for that measurement to find; without them its links would lose their ends.
 */
function HandleStub({ side }: { side: 'left' | 'right' }) {
  return <div className={`react-flow__handle react-flow__handle-${side} source mc-handle mc-handle--stub`} data-handleid={side[0]} data-handlepos={side} />;
}

/**
 * Makes the memoised node component of one entity kind: far out it draws a plain coloured
 * card (no text, no handles: thousands of them stay cheap), otherwise the kind's detailed view.
 */
export function entityNode<K extends EntityKind>(kind: K, Detailed: ComponentType<Props<K>>) {
  function EntityNodeView(props: Props<K>) {
    const detail = useDetail();
    if (detail === 'far') {
      return (
        <>
          <HandleStub side="left" />
          <div className={`mc-node mc-node--${kind} mc-node--far${props.selected ? ' is-selected' : ''}`} data-testid="map-node" data-kind={kind} />
          <HandleStub side="right" />
        </>
      );
    }
    return <Detailed {...props} />;
  }
  EntityNodeView.displayName = `${kind[0]!.toUpperCase()}${kind.slice(1)}Node`;
  return memo(EntityNodeView);
}
