import { describe, expect, it } from 'vitest';
import { applyCommand, type CommandCall } from '../../../shared/commands';
import { mergeDocuments, type Conflict } from '../../../shared/merge';
import type { Link, McredDocument } from '../../../shared/model';
import { resolutionFor } from '../../../renderer/src/features/collaboration/resolve';
import { OPENED, open } from '../merge/support/story';

/** Applies a resolution's commands as the panel does; fails the test on a refusal. */
function applyAll(doc: McredDocument, calls: readonly CommandCall[]): McredDocument {
  let next = doc;
  for (const [i, call] of calls.entries()) {
    const result = applyCommand(next, call, { stamp: `2030-01-01T00:00:00.000Z-000${i}-zzzzzzzz@pe_me` });
    if (!result.ok) throw new Error(`${call.name} refused: ${result.refusal.message}`);
    next = result.doc;
  }
  return next;
}

function only(conflicts: readonly Conflict[], type: Conflict['type']): Conflict {
  const found = conflicts.filter((c) => c.type === type);
  expect(found).toHaveLength(1);
  return found[0]!;
}

let counter = 0;
const newId = (kind: string) => `${kind === 'link' ? 'ln' : 'lo'}_restored${++counter}`;

describe('keeping one side of a conflict', () => {
  it('field: the merge kept the later value; keeping ours sets our value back, keeping theirs changes nothing', () => {
    const [ana, ben] = open();
    ana.apply('entity.update', { id: 'lo_analyse', changes: { statement: 'Analyse firewall logs' } }, OPENED + 10);
    ben.apply('entity.update', { id: 'lo_analyse', changes: { statement: 'Investigate logs' } }, OPENED + 20);
    const { doc, conflicts } = mergeDocuments(ana.doc, ben.doc);
    const conflict = only(conflicts, 'field');
    expect(resolutionFor(conflict, 'theirs', doc)).toEqual({ kind: 'current' });
    const ours = resolutionFor(conflict, 'ours', doc);
    expect(ours.kind).toBe('commands');
    if (ours.kind !== 'commands') return;
    const kept = applyAll(doc, ours.calls);
    expect(kept.entities.lo_analyse).toMatchObject({ statement: 'Analyse firewall logs' });
    // Once applied, that side is what the map holds.
    expect(resolutionFor(conflict, 'ours', kept)).toEqual({ kind: 'current' });
  });

  it('field cleared on one side: keeping that side clears the field again', () => {
    const [ana, ben] = open();
    ana.apply('entity.update', { id: 'sk_triage', changes: { description: 'Sort alerts' } }, OPENED + 10);
    ben.apply('entity.update', { id: 'sk_triage', changes: { description: 'Rank alerts by risk' } }, OPENED + 20);
    ana.apply('entity.update', { id: 'sk_triage', changes: { description: null } }, OPENED + 30);
    const { doc, conflicts } = mergeDocuments(ana.doc, ben.doc);
    const conflict = only(conflicts, 'field');
    expect(doc.entities.sk_triage).not.toHaveProperty('description');
    const theirs = resolutionFor(conflict, 'theirs', doc);
    if (theirs.kind !== 'commands') throw new Error('expected commands');
    expect(applyAll(doc, theirs.calls).entities.sk_triage).toMatchObject({ description: 'Rank alerts by risk' });
  });

  it('position: keeping the other position moves the node there', () => {
    const [ana, ben] = open();
    ana.apply('layout.move', { positions: { sk_triage: { x: 10, y: 10 } } }, OPENED + 10);
    ben.apply('layout.move', { positions: { sk_triage: { x: 500, y: 300 } } }, OPENED + 20);
    const { doc, conflicts } = mergeDocuments(ana.doc, ben.doc);
    const conflict = only(conflicts, 'field');
    expect(conflict.field).toBe('layout');
    const ours = resolutionFor(conflict, 'ours', doc);
    if (ours.kind !== 'commands') throw new Error('expected commands');
    expect(ours.calls[0]?.name).toBe('layout.move');
    expect(applyAll(doc, ours.calls).layout.sk_triage).toEqual({ x: 10, y: 10 });
  });

  it('settings: keeping a title sets the map title', () => {
    const [ana, ben] = open();
    ana.apply('settings.update', { changes: { title: 'Ana title' } }, OPENED + 10);
    ben.apply('settings.update', { changes: { title: 'Ben title' } }, OPENED + 20);
    const { doc, conflicts } = mergeDocuments(ana.doc, ben.doc);
    const conflict = only(conflicts, 'field');
    const ours = resolutionFor(conflict, 'ours', doc);
    if (ours.kind !== 'commands') throw new Error('expected commands');
    expect(applyAll(doc, ours.calls).settings.title).toBe('Ana title');
  });

  it('edited and deleted: the deletion is current; the edited version comes back as a new record', () => {
    const [ana, ben] = open();
    ana.apply('entity.delete', { ids: ['lo_contain'] }, OPENED + 10);
    ben.apply('entity.update', { id: 'lo_contain', changes: { statement: 'Contain a ransomware incident' } }, OPENED + 20);
    const { doc, conflicts } = mergeDocuments(ana.doc, ben.doc);
    const conflict = only(conflicts, 'edited-deleted');
    expect(doc.entities.lo_contain).toBeUndefined();
    expect(resolutionFor(conflict, 'ours', doc)).toEqual({ kind: 'current' });
    const theirs = resolutionFor(conflict, 'theirs', doc, newId);
    if (theirs.kind !== 'commands') throw new Error('expected commands');
    expect(theirs.restoresAsNew).toBe(true);
    const kept = applyAll(doc, theirs.calls);
    const restored = Object.values(kept.entities).find((e) => e.kind === 'outcome' && e.statement === 'Contain a ransomware incident');
    expect(restored).toBeDefined();
    expect(restored!.id).not.toBe('lo_contain');
  });

  it('duplicate link: keeping the other details copies them onto the kept link', () => {
    const [ana, ben] = open();
    ana.apply('link.create', { link: { id: 'ln_ana', kind: 'addresses', from: 'sk_triage', to: 'lo_contain', level: 'introduced' } }, OPENED + 10);
    ben.apply('link.create', { link: { id: 'ln_ben', kind: 'addresses', from: 'sk_triage', to: 'lo_contain', level: 'mastered' } }, OPENED + 20);
    const { doc, conflicts } = mergeDocuments(ana.doc, ben.doc);
    const conflict = only(conflicts, 'duplicate-link');
    const keptId = conflict.related![0]!;
    const keptLevel = (doc.links[keptId] as Link & { level?: string }).level;
    const otherSide = conflict.ours.value && (conflict.ours.value as { level?: string }).level !== keptLevel ? 'ours' : 'theirs';
    const resolution = resolutionFor(conflict, otherSide, doc);
    if (resolution.kind !== 'commands') throw new Error('expected commands');
    const after = applyAll(doc, resolution.calls);
    expect((after.links[keptId] as Link & { level?: string }).level).toBe(keptLevel === 'mastered' ? 'introduced' : 'mastered');
    expect(resolutionFor(conflict, otherSide === 'ours' ? 'theirs' : 'ours', doc)).toEqual({ kind: 'current' });
  });

  it('requires cycle: keeping the dropped prerequisite replaces the one it clashed with', () => {
    const [ana, ben] = open();
    ana.apply('link.create', { link: { id: 'ln_soc_cloud', kind: 'requires', from: 'mc_soc', to: 'mc_cloud' } }, OPENED + 10);
    ben.apply('link.create', { link: { id: 'ln_cloud_soc', kind: 'requires', from: 'mc_cloud', to: 'mc_soc' } }, OPENED + 20);
    const { doc, conflicts } = mergeDocuments(ana.doc, ben.doc);
    const conflict = only(conflicts, 'requires-cycle');
    const loser = conflict.winner === 'ours' ? 'theirs' : 'ours';
    expect(resolutionFor(conflict, conflict.winner, doc)).toEqual({ kind: 'current' });
    const resolution = resolutionFor(conflict, loser, doc, newId);
    if (resolution.kind !== 'commands') throw new Error('expected commands');
    const after = applyAll(doc, resolution.calls);
    const requires = Object.values(after.links).filter((l) => l.kind === 'requires');
    expect(requires).toHaveLength(1);
    const dropped = conflict[loser].value as Link;
    expect(requires[0]).toMatchObject({ from: dropped.from, to: dropped.to });
  });

  it('orphaned: nothing to bring back; the merge decision can only be accepted', () => {
    const [ana, ben] = open();
    ana.apply('entity.delete', { ids: ['sk_triage'] }, OPENED + 10);
    ben.apply('comment.add', { comment: { id: 'cm_reply', target: 'sk_triage', author: 'pe_ben', at: '2026-01-05T10:00:00Z', body: 'Yes', replyTo: 'cm_root' } }, OPENED + 20);
    const { doc, conflicts } = mergeDocuments(ana.doc, ben.doc);
    const orphan = conflicts.find((c) => c.type === 'orphaned' && c.recordId === 'cm_reply');
    expect(orphan).toBeDefined();
    expect(resolutionFor(orphan!, orphan!.winner, doc)).toEqual({ kind: 'current' });
    expect(resolutionFor(orphan!, orphan!.winner === 'ours' ? 'theirs' : 'ours', doc).kind).toBe('unavailable');
  });

  it('a field of a record deleted since the merge cannot be set', () => {
    const [ana, ben] = open();
    ana.apply('entity.update', { id: 'lo_analyse', changes: { statement: 'A' } }, OPENED + 10);
    ben.apply('entity.update', { id: 'lo_analyse', changes: { statement: 'B' } }, OPENED + 20);
    const { doc, conflicts } = mergeDocuments(ana.doc, ben.doc);
    const later = applyAll(doc, [{ name: 'entity.delete', payload: { ids: ['lo_analyse'] } }]);
    expect(resolutionFor(only(conflicts, 'field'), 'ours', later)).toMatchObject({ kind: 'unavailable' });
  });
});
