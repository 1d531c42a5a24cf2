import { describe, expect, it } from 'vitest';
import { CommentFocus } from '../../../renderer/src/features/advisor/commentFocus';
import { ensurePerson, runAsUser } from '../../../renderer/src/features/advisor/edits';
import { commentCall } from '../../../renderer/src/features/advisor/model/calls';
import { absoluteTime, calendarDate, localIsoDate, relativeTime, shownAt } from '../../../renderer/src/features/advisor/model/dates';
import { DocumentStore } from '../../../renderer/src/store/documentStore';
import type { CommandCall } from '../../../shared/commands';
import { makeMap, makeSkill } from '../../helpers/builders';
import { seededRandom } from '../../helpers/json';

const skill = makeSkill();
const ME = { personId: 'pe_newadvisor', name: 'Priya Raman', organisation: 'Acme Security' };

function comment(body: string): CommandCall {
  const built = commentCall({ target: skill.id, author: ME.personId, body }, { now: new Date('2026-03-01T09:00:00Z'), random: seededRandom(3) });
  if (!built.ok) throw new Error(built.message);
  return built.call;
}

describe('editing as the user', () => {
  it('adds the user to the map first, outside the history, so undo takes back only the comment', () => {
    const store = new DocumentStore(makeMap({ entities: [skill] }), ME.personId, 'tst00001');
    expect(runAsUser(store, ME, comment('Hello'), 'Add comment')).toBeUndefined();
    const { doc } = store.getState();
    expect(doc.people[ME.personId]).toMatchObject({ name: 'Priya Raman', organisation: 'Acme Security' });
    expect(Object.values(doc.comments).map((c) => c.body)).toEqual(['Hello']);
    expect(store.getState().undoLabel).toBe('Add comment');

    expect(store.undo()).toBe(true);
    expect(store.getState().doc.comments).toEqual({});
    expect(store.getState().doc.people[ME.personId]).toBeDefined();
    expect(store.getState().canUndo).toBe(false);
  });

  it('leaves a known person as they are', () => {
    const store = new DocumentStore(makeMap({ entities: [skill] }), ME.personId, 'tst00001');
    ensurePerson(store, ME);
    const once = store.getState().doc;
    ensurePerson(store, { ...ME, name: 'Someone else' });
    expect(store.getState().doc).toBe(once);
  });

  it("returns the map's refusal as a message", () => {
    const store = new DocumentStore(makeMap({ entities: [skill] }), ME.personId, 'tst00001');
    expect(runAsUser(store, ME, { name: 'comment.resolve', payload: { id: 'cm_missing', resolved: true } }, 'Resolve')).toMatch(/no comment "cm_missing"/);
  });
});

describe('comment focus requests', () => {
  it('hands a request to the section of its record once', () => {
    const focus = new CommentFocus();
    expect(focus.take('sk_1')).toBeUndefined();
    focus.request('sk_1', { compose: true });
    expect(focus.take('sk_2')).toBeUndefined();
    expect(focus.take('sk_1')).toMatchObject({ target: 'sk_1', compose: true });
    expect(focus.take('sk_1')).toBeUndefined();
    focus.request('sk_1', { compose: false });
    expect(focus.take('sk_1')).toMatchObject({ compose: false });
  });

  it('notifies listeners with a new sequence number', () => {
    const focus = new CommentFocus();
    const seen: number[] = [];
    focus.subscribe(() => seen.push(focus.getSeq()));
    focus.request('sk_1', { compose: false });
    focus.request('sk_1', { compose: false });
    expect(seen).toEqual([1, 2]);
  });
});

describe('comment and endorsement dates', () => {
  const at = '2026-03-10T12:00:00Z';
  const t = Date.parse(at);
  it('says how long ago for a week, then the date', () => {
    expect(relativeTime(at, t + 20_000)).toBe('just now');
    expect(relativeTime(at, t + 5 * 60_000)).toBe('5 min ago');
    expect(relativeTime(at, t + 3 * 3_600_000)).toBe('3 h ago');
    expect(relativeTime(at, t + 30 * 3_600_000)).toBe('yesterday');
    expect(relativeTime(at, t + 4 * 86_400_000)).toBe('4 days ago');
    expect(relativeTime(at, t + 9 * 86_400_000)).toMatch(/^1[01] Mar 2026$/);
  });

  it('gives the full time for a tooltip and calendar dates without a time-zone shift', () => {
    expect(absoluteTime(at)).toMatch(/^1[01] Mar 2026 at \d{2}:\d{2}$/);
    expect(calendarDate('2026-03-01')).toBe('1 Mar 2026');
    expect(localIsoDate(new Date(2026, 0, 5, 0, 10))).toBe('2026-01-05');
  });

  it('fixes the time a value was first shown, so rendering it again gives the same text', () => {
    const shown = {};
    let clock = 100;
    expect(shownAt(shown, () => clock)).toBe(100);
    clock = 200;
    expect(shownAt(shown, () => clock)).toBe(100);
    expect(shownAt({}, () => clock)).toBe(200);
  });
});
