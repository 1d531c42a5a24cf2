import { describe, expect, it } from 'vitest';
import { ghostLinkName } from '../../../renderer/src/features/suggest/names';
import { openSuggestion, suggestionFocusOf } from '../../../renderer/src/features/suggest/suggestionFocus';
import { SessionStore } from '../../../renderer/src/store';
import { makeMap, makeOutcome, makeSkill } from '../../helpers/builders';

const skill = makeSkill({ statement: 'Analyse security logs' });
const outcome = makeOutcome({ code: 'LO2', statement: 'Detect intrusions from host logs.' });

describe('a suggested (ghost) link on the map', () => {
  it('is named for screen readers by its skill and its outcome, with the outcome code', () => {
    expect(ghostLinkName(makeMap({ entities: [skill, outcome] }), skill.id, outcome.id)).toBe('Suggested: Analyse security logs → LO2 Detect intrusions from host logs.');
  });

  it("opens as its outcome selected and one request for that outcome's Suggested section to show the skill", () => {
    const session = new SessionStore();
    session.select(['lk_other']);
    openSuggestion(session, { skill: skill.id, outcome: outcome.id });
    expect(session.getState().selection).toEqual([outcome.id]);
    const focus = suggestionFocusOf(session);
    expect(focus.take(skill.id)).toBeUndefined();
    expect(focus.take(outcome.id)).toMatchObject({ target: outcome.id, skill: skill.id });
    expect(focus.take(outcome.id)).toBeUndefined();
    expect(suggestionFocusOf(new SessionStore()).take(outcome.id)).toBeUndefined();
  });
});
