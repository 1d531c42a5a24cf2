import { describe, expect, it } from 'vitest';
import { approvalRevisionName, checkRevisionName, exportRevisionName, markRevisionName, MAX_REVISION_NAME } from '../../../renderer/src/features/revisions/model/names';

const NOON = new Date(2026, 2, 12, 12, 0);

describe('suggested revision names', () => {
  it('names a marked revision after the local day', () => {
    expect(markRevisionName(NOON)).toBe('Revision 12 Mar 2026');
  });

  it('names an export after the credential for one specification, plainly for a catalogue', () => {
    expect(exportRevisionName(NOON, 'Cloud Security Fundamentals')).toBe('Cloud Security Fundamentals sent for review, 12 Mar 2026');
    expect(exportRevisionName(NOON)).toBe('Sent for review 12 Mar 2026');
    expect(exportRevisionName(NOON, '   ')).toBe('Sent for review 12 Mar 2026');
  });

  it('names an approval after the body, and without one still says approved', () => {
    expect(approvalRevisionName(' University Curriculum Committee ', NOON)).toBe('Approved by University Curriculum Committee, 12 Mar 2026');
    expect(approvalRevisionName('', NOON)).toBe('Approved 12 Mar 2026');
  });

  it('keeps a suggestion within the schema limit however long the title', () => {
    const name = exportRevisionName(NOON, 'x'.repeat(400));
    expect(name).toHaveLength(MAX_REVISION_NAME);
    expect(name.endsWith('…')).toBe(true);
  });
});

describe('checking a typed name', () => {
  it('trims it, and refuses an empty or too long one in words', () => {
    expect(checkRevisionName('  Sent to faculty review 2 ')).toEqual({ ok: true, name: 'Sent to faculty review 2' });
    expect(checkRevisionName('   ')).toEqual({ ok: false, message: expect.stringContaining('Give the revision a name') });
    expect(checkRevisionName('y'.repeat(301))).toEqual({ ok: false, message: expect.stringContaining('at most 300') });
  });
});
