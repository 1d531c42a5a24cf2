import { describe, expect, it } from 'vitest';
import { serialiseDocument } from '../../../shared/format';
import { mergeDocuments } from '../../../shared/merge';
import { DocumentStore } from '../../../renderer/src/store';
import { conflictSummary, conflictTitle, formatValue, sideNames, sideValueText } from '../../../renderer/src/features/collaboration/describeConflict';
import { OPENED, open } from '../merge/support/story';

describe('merging another copy as one undoable step', () => {
  it('takes the merged map exactly, and undo puts back the content from before', () => {
    const [ana, ben] = open();
    ana.apply('entity.update', { id: 'lo_analyse', changes: { statement: 'Analyse firewall logs' } }, OPENED + 10);
    ana.apply('entity.delete', { ids: ['lo_contain'] }, OPENED + 11);
    ben.apply('entity.update', { id: 'sk_triage', changes: { importance: 'optional' } }, OPENED + 12);
    const store = new DocumentStore(ben.doc, 'pe_ben', 'benwin01', () => OPENED + 60_000);
    const before = store.getState().doc;
    const merged = mergeDocuments(before, ana.doc).doc;

    expect(store.applyMerged(merged, 'Merge “copy.mcred”')).toBe(true);
    expect(serialiseDocument(store.getState().doc)).toBe(serialiseDocument(merged));
    expect(store.getState().undoLabel).toBe('Merge “copy.mcred”');
    expect(store.isDirty()).toBe(true);

    expect(store.undo()).toBe(true);
    const undone = store.getState().doc;
    expect(undone.entities.lo_contain).toEqual(before.entities.lo_contain);
    expect(undone.entities.lo_analyse).toEqual(before.entities.lo_analyse);
    expect(undone.entities.sk_triage).toMatchObject({ importance: 'optional' });

    expect(store.redo()).toBe(true);
    expect(store.getState().doc.entities.lo_contain).toBeUndefined();
    expect(store.getState().doc.entities.lo_analyse).toMatchObject({ statement: 'Analyse firewall logs' });
  });

  it('reports nothing to do when the copy adds nothing', () => {
    const [ana] = open();
    const store = new DocumentStore(ana.doc, 'pe_ana', 'anawin01');
    expect(store.applyMerged(mergeDocuments(ana.doc, ana.doc).doc, 'Merge')).toBe(false);
    expect(store.getState().canUndo).toBe(false);
  });
});

describe('conflict wording', () => {
  it('titles, summarises and shows both sides of a field conflict', () => {
    const [ana, ben] = open();
    ana.apply('entity.update', { id: 'lo_analyse', changes: { statement: 'Analyse firewall logs' } }, OPENED + 10);
    ben.apply('entity.update', { id: 'lo_analyse', changes: { statement: 'Investigate logs' } }, OPENED + 20);
    const { doc, conflicts } = mergeDocuments(ben.doc, ana.doc);
    const c = conflicts[0]!;
    const names = sideNames(c, doc, 'pe_ben');
    expect(names).toEqual({ ours: 'you', theirs: 'Ana Lopez' });
    expect(conflictTitle(c, doc)).toBe('Outcome “Investigate logs”');
    expect(conflictSummary(c, names)).toBe('You and Ana Lopez both changed the statement. The later change is in the map now.');
    expect(sideValueText(c, c.ours, doc)).toBe('Investigate logs');
    expect(sideValueText(c, c.theirs, doc)).toBe('Analyse firewall logs');
  });

  it('formats values people read', () => {
    expect(formatValue(undefined)).toBe('(empty)');
    expect(formatValue({ value: 5, unit: 'ects' }, 'credits')).toBe('5 ECTS');
    expect(formatValue({ x: 10.4, y: 20.6 }, 'layout')).toBe('Moved to x 10, y 21');
    expect(formatValue(['a', 'b'])).toBe('a, b');
    expect(formatValue('x'.repeat(300))).toHaveLength(240);
  });
});
