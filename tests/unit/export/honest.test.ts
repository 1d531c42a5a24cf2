import { describe, expect, it } from 'vitest';
import { exportSpecification } from '../../../shared/export';
import type { Credential, McredDocument } from '../../../shared/model';
import { makeActivity, makeCredential, makeLink, makeMap, makeOutcome } from '../../helpers/builders';
import { all, first, readDocx, tableRows, tablesWithHeader, text, type El } from './helpers/docx';
import { NOW } from './helpers/fixtures';

const outcome = makeOutcome();

async function bodyOf(cred: Credential, options: { activity?: boolean; profiles?: McredDocument['settings']['profiles'] } = {}): Promise<El> {
  const activity = makeActivity({ contactHours: 45, selfStudyHours: 90 });
  const doc = makeMap({
    entities: [cred, outcome, ...(options.activity ? [activity] : [])],
    links: [makeLink('part-of', outcome, cred), ...(options.activity ? [makeLink('develops', activity, outcome)] : [])],
    settings: options.profiles ? { profiles: options.profiles } : {},
  });
  return first(readDocx(await exportSpecification(doc, cred.id, { now: NOW, pageNumbers: false })).xml('word/document.xml'), 'w:body')!;
}

const paragraphs = (body: El) => all(body, 'w:p').map((p) => text(p));

describe('checks that had nothing to check say so', () => {
  it('does not print 0 + 0 = 0 hours nor a green "figures agree" for a credential with no activities', async () => {
    const body = await bodyOf(makeCredential({ credits: { value: 3, unit: 'us-credit-hour' }, workloadHours: 135 }));
    const ps = paragraphs(body);
    expect(ps).toContain('Learning activities: No learning activity is linked yet, so the workload cannot be checked against the activities.');
    expect(ps.join('\n')).not.toMatch(/0 contact hours \+ 0 self-study hours/);
    expect(ps.join('\n')).not.toMatch(/The figures agree/);
    expect(ps).toContain('The credit value and the stated workload agree: 135 hours. The learning activities could not be checked.');
  });

  it('still says the figures agree when all three were checked', async () => {
    const ps = paragraphs(await bodyOf(makeCredential({ credits: { value: 3, unit: 'us-credit-hour' }, workloadHours: 135 }), { activity: true }));
    expect(ps).toContain('Learning activities: 45 contact hours + 90 self-study hours = 135 hours.');
    expect(ps).toContain('The figures agree: 135 hours.');
  });

  it('prints the stated workload in its review anchor, or "not stated" in it — never a bare label', async () => {
    const stated = await bodyOf(makeCredential({ workloadHours: 135 }));
    const line = all(stated, 'w:p').find((p) => text(p).startsWith('Stated notional workload:'))!;
    expect(text(line)).toBe('Stated notional workload: 135 hours.');
    expect(all(line, 'w:bookmarkStart').map((b) => b.attrs['w:name'])).toHaveLength(1);

    const empty = await bodyOf(makeCredential());
    const bare = all(empty, 'w:p').find((p) => text(p).startsWith('Stated notional workload:'))!;
    expect(text(bare)).toBe('Stated notional workload: not stated');
    expect(all(bare, 'w:bookmarkStart')).toHaveLength(1);
  });

  it('lists under "Asked for by" only the enabled profiles, and labels the elements of the others with their profile', async () => {
    const cred = makeCredential({ industryNeed: 'Employers report 40 open roles.', targetAudience: 'Analysts' });
    const rows = tableRows(tablesWithHeader(await bodyOf(cred, { profiles: ['eu-2022'] }), 'Element')[0]!);
    expect(rows.every((r) => r.length < 3 || r[2] !== '—')).toBe(true);
    // NZQA is not enabled: its empty elements are left out; a stated one is labelled, not passed off as asked for.
    expect(rows.find((r) => r[0] === 'No duplication of approved learning')).toBeUndefined();
    expect(rows.find((r) => r[0] === 'Review period')).toBeUndefined();
    expect(rows.find((r) => r[0] === 'Evidence of industry need')![2]).toBe('NZQA, AU NMF (not enabled)');
    expect(rows.find((r) => r[0] === 'Target audience')![2]).toBe('None');
    expect(rows.map((r) => r[0])).not.toContain('Further elements of the enabled profiles');

    const nz = tableRows(tablesWithHeader(await bodyOf(cred, { profiles: ['eu-2022', 'nzqa'] }), 'Element')[0]!);
    expect(nz.find((r) => r[0] === 'No duplication of approved learning')![2]).toBe('NZQA');
    expect(nz.find((r) => r[0] === 'Evidence of industry need')![2]).toBe('NZQA');
  });

  it('introduces the summary table by the profiles enabled: for reference only, when the EU profile is not enabled', async () => {
    const intro = async (profiles: McredDocument['settings']['profiles']) => {
      const ps = paragraphs(await bodyOf(makeCredential(), { profiles }));
      return ps[ps.findIndex((t) => /^\d+\s*Summary of standard elements$/.test(t)) + 1];
    };
    expect(await intro(['eu-2022', 'us-credit-hours'])).toBe(
      'The elements a micro-credential specification must carry under the EU Council Recommendation of 16 June 2022 (Annex I), followed by those the other enabled accreditation profiles ask for. The sections after this table give the detail.',
    );
    expect(await intro(['eu-2022'])).toBe('The elements a micro-credential specification must carry under the EU Council Recommendation of 16 June 2022 (Annex I). The sections after this table give the detail.');
    // A New Zealand map: NZQA only. The EU elements are there for reference, not as what this map must carry.
    expect(await intro(['nzqa'])).toBe(
      'Every element of the EU Council Recommendation of 16 June 2022 (Annex I), shown for reference as the EU profile is not enabled for this map, followed by those the enabled accreditation profiles ask for; the last column says which profiles ask for each. The sections after this table give the detail.',
    );
    expect(await intro([])).toBe('Every element of the EU Council Recommendation of 16 June 2022 (Annex I), shown for reference as no accreditation profile is enabled for this map. The sections after this table give the detail.');
  });
});

describe('"not stated": lower case as the value after a label inside a line, capitalised where it stands alone', () => {
  it('writes "Credits: not stated", "Criteria: not stated" and "Credit value: not stated", and "Not stated" alone in a cell', async () => {
    const body = await bodyOf(makeCredential());
    const ps = paragraphs(body);
    expect(ps).toContain('Credit value: not stated');
    expect(ps).toContain('Criteria: not stated');
    const summary = tableRows(tablesWithHeader(body, 'Element')[0]!);
    const value = (label: string) => summary.find((r) => r[0] === label)![1];
    expect(value('Notional workload (ECTS wherever possible)')).toBe('Notional learning hours: not stated; Credits: not stated');
    expect(value('Level (and cycle) of the learning experience')).toBe('EQF level: not stated; national level: not stated');
    expect(value('Type of quality assurance')).toBe('Not stated');
    expect(ps.join('\n')).not.toMatch(/: Not stated/);
  });
});
