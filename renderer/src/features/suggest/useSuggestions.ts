import { useMemo } from 'react';
import type { Id, McredDocument } from '../../../../shared/model';
import type { Suggestion } from '../../../../shared/suggest';
import { useDoc, useDocumentStore } from '../../store';
import { cellKey } from '../matrix/matrixModel';
import { suggestTrackerOf } from './suggestTracker';

const whole = (d: McredDocument) => d;

/** Suggestions for one outcome (its skills) or one skill (its outcomes), following the map. */
export function useSuggestionsFor(kind: 'outcome' | 'skill', id: Id, limit = 5): Suggestion[] {
  const store = useDocumentStore();
  const doc = useDoc(whole);
  return useMemo(() => {
    const index = suggestTrackerOf(store).at(doc);
    return kind === 'outcome' ? index.forOutcome(id, limit) : index.forSkill(id, limit);
  }, [store, doc, kind, id, limit]);
}

/** Every outcome's best suggestions (for ghost links and matrix hints), or none when `on` is false. */
export function useAllSuggestions(on: boolean, limit = 1): Suggestion[] {
  const store = useDocumentStore();
  const doc = useDoc(whole);
  return useMemo(() => (on ? suggestTrackerOf(store).at(doc).all(limit) : []), [on, store, doc, limit]);
}

/** The top 3 suggestions per outcome by matrix cell key (`cellKey(skill, outcome)`), for the skills × outcomes grid. */
export function useSuggestionHints(on: boolean): ReadonlyMap<string, Suggestion> | undefined {
  const list = useAllSuggestions(on, 3);
  return useMemo(() => (on ? new Map(list.map((s) => [cellKey(s.skill, s.outcome), s])) : undefined), [on, list]);
}
