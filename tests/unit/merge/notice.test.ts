import { describe, expect, it } from 'vitest';
import { mergeNoticeLines } from '../../../electron/cli/mergeNotice';
import { describeIncoming } from '../../../renderer/src/features/collaboration/messages';
import { describeMerge, describeMergedCopy } from '../../../renderer/src/features/files/messages';
import { MERGE_AUTHOR, mergeDocuments } from '../../../shared/merge';
import { OPENED, open } from './support/story';

/** The first "N change(s)" and "N conflict(s)" in a text, as numbers (0 when absent). */
const counts = (text: string) => ({
  changes: Number(/(\d+) changes?\b/.exec(text)?.[1] ?? 0),
  conflicts: Number(/(\d+) conflicts?\b/.exec(text)?.[1] ?? 0),
});

describe('the merge notice, one wording for the CLI and the app', () => {
  it('gives the same counts in mcred merge, live sync, a merging save and Merge Another Copy', () => {
    const [ana, ben] = open();
    // Ben's copy is open; Ana's comes in: both changed one code (a conflict), and the two
    // "requires" links make a circle, which the merge breaks by removing one (its own change, not counted).
    ben.apply('entity.update', { id: 'lo_contain', changes: { code: 'LO2' } }, OPENED + 20);
    ben.apply('entity.update', { id: 'lo_analyse', changes: { code: 'B1' } }, OPENED + 21);
    ana.apply('entity.update', { id: 'lo_analyse', changes: { code: 'A1' } }, OPENED + 10);
    ana.apply('link.create', { link: { id: 'ln_ana', kind: 'requires', from: 'mc_cloud', to: 'mc_soc' } }, OPENED + 11);
    ben.apply('link.create', { link: { id: 'ln_ben', kind: 'requires', from: 'mc_soc', to: 'mc_cloud' } }, OPENED + 22);
    const result = mergeDocuments(ben.doc, ana.doc);
    const incoming = result.changes.fromB;
    expect(incoming.some((c) => c.author === MERGE_AUTHOR)).toBe(true);
    const people = incoming.filter((c) => c.author !== MERGE_AUTHOR).length;
    expect(result.conflicts.length).toBeGreaterThan(0);
    const expected = { changes: people, conflicts: result.conflicts.length };

    const cli = mergeNoticeLines('out.mcred', { changes: incoming, conflicts: result.conflicts }, { label: 'ben.mcred', doc: ben.doc }, { label: 'ana.mcred', doc: ana.doc });
    const cliCounts = { changes: counts(cli[0]!).changes, conflicts: counts(cli.find((l) => /conflict/.test(l))!).conflicts };
    expect(cliCounts).toEqual(expected);
    expect(counts(describeIncoming(incoming, result.conflicts)!.text)).toEqual(expected);
    expect(counts(describeMerge({ doc: result.doc, changes: incoming, conflicts: result.conflicts }).text)).toEqual(expected);
    expect(counts(describeMergedCopy('ana.mcred', incoming, result.conflicts).text)).toEqual(expected);
  });
});
