import { useMemo } from 'react';
import type { Link, McredDocument } from '../../../../shared/model';
import { useDoc, useDocumentStore } from '../../store';
import { linkEdge } from '../canvas/derive';
import type { LinkEdge } from '../canvas/types';
import { ghostToggleOf, useGhostLinksOn } from './ghostToggle';
import { ghostLinkName } from './names';
import { useAllSuggestions } from './useSuggestions';

const NONE: LinkEdge[] = [];

const entitiesOf = (d: McredDocument) => d.entities;

/**
 * Dashed "ghost" links for each outcome's best suggestion while Show Suggested Links is on.
 * Drawn like a skill → outcome link but not selectable, not focusable and not in the map;
 * clicking one opens its suggestion in the outcome's inspector (`openSuggestion`), where
 * keyboard users reach the same suggestions.
 */
export function useGhostEdges(visible: ReadonlySet<string> | undefined): LinkEdge[] {
  const store = useDocumentStore();
  const on = useGhostLinksOn(ghostToggleOf(store));
  const list = useAllSuggestions(on, 1);
  const entities = useDoc(entitiesOf);
  return useMemo(() => {
    if (!list.length) return NONE;
    const out: LinkEdge[] = [];
    for (const s of list) {
      if (visible && (!visible.has(s.skill) || !visible.has(s.outcome))) continue;
      const link: Link = { id: `suggested:${s.skill}>${s.outcome}`, kind: 'addresses', from: s.skill, to: s.outcome, level: 'introduced' };
      const ariaLabel = ghostLinkName({ entities }, s.skill, s.outcome);
      out.push({ ...linkEdge(link, false), selectable: false, focusable: false, deletable: false, className: 'mc-edge-suggested', ariaLabel, data: { link, suggestion: s } });
    }
    return out;
  }, [list, visible, entities]);
}
