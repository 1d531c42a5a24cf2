import { describe, expect, it } from 'vitest';
import { buildImportPayload, planImport, type ImportedSkill } from '../../../shared/import';
import { apply, makeMap, makeSkill } from '../../helpers/builders';
import { seededRandom } from '../cli/support/runCli';

const imported = (line: number, statement: string, extra: Partial<ImportedSkill> = {}): ImportedSkill => ({ line, statement, skillType: 'skill', importance: 'essential', ...extra });

const sql = makeSkill({ id: 'sk_sql', statement: 'SQL', skillType: 'knowledge', source: { framework: 'ESCO', uri: 'http://data.europa.eu/esco/skill/0002' } });
const reading = makeSkill({ id: 'sk_read', statement: 'Reading comprehension', source: { framework: 'O*NET', code: '2.A.1.a' } });
const present = makeSkill({ id: 'sk_present', statement: 'Present findings!', description: 'Already described' });

describe('planImport', () => {
  const doc = makeMap({ entities: [sql, reading, present] });

  it('finds duplicates by URI, by framework + code, then by normalised label; the rest are new', () => {
    const plan = planImport(doc, [
      imported(2, 'Structured query language', { source: { framework: 'ESCO', uri: 'HTTP://data.europa.eu/esco/skill/0002' } }),
      imported(3, 'Reading', { source: { framework: 'o*net', code: '2.a.1.A' } }),
      imported(4, '  present   FINDINGS ', { description: 'new' }),
      imported(5, 'Reading comprehension', { source: { framework: 'NICE', code: 'K0001' } }),
      imported(6, 'Brand new skill'),
    ]);
    expect(plan.duplicates.map((d) => [d.skill.line, d.existingId, d.matchedBy, d.action])).toEqual([
      [2, 'sk_sql', 'uri', 'merge'],
      [3, 'sk_read', 'code', 'merge'],
      [4, 'sk_present', 'label', 'merge'],
      [5, 'sk_read', 'label', 'merge'],
    ]);
    expect(plan.added.map((a) => a.skill.line)).toEqual([6]);
  });

  it('skips rows repeating an earlier row of the file (duplicate URIs), and applies select', () => {
    const plan = planImport(
      doc,
      [
        imported(2, 'A', { source: { framework: 'ESCO', uri: 'http://x.org/1' } }),
        imported(3, 'A again', { source: { framework: 'ESCO', uri: 'http://x.org/1' } }),
        imported(4, 'a'),
        imported(5, 'Other', { group: 'Data' }),
      ],
      { select: 'a', onDuplicate: 'skip' },
    );
    expect(plan.added.map((a) => a.skill.line)).toEqual([2, 5]);
    expect(plan.repeated.map((r) => [r.skill.line, r.firstLine])).toEqual([
      [3, 2],
      [4, 2],
    ]);
    expect(planImport(doc, [imported(2, 'A'), imported(3, 'B')], { select: new Set([1]) })).toMatchObject({ unselected: 1, added: [{ index: 1 }] });
  });
});

describe('buildImportPayload', () => {
  it('gives new skills fresh ids and merges only duplicates marked merge', () => {
    const doc = makeMap({ entities: [sql, present] });
    const plan = planImport(doc, [imported(2, 'SQL', { description: 'from file', source: { framework: 'ESCO', uri: 'http://data.europa.eu/esco/skill/0002' } }), imported(3, 'Present findings', { group: 'G' }), imported(4, 'New', { group: 'G' })]);
    plan.duplicates[1]!.action = 'skip';
    const payload = buildImportPayload(doc, plan, seededRandom(1));
    expect(payload.creates).toHaveLength(1);
    expect(payload.creates[0]).toMatchObject({ row: 4, skill: { kind: 'skill', statement: 'New', group: 'G', id: expect.stringMatching(/^sk_/) as unknown } });
    expect(payload.merges).toEqual([{ id: 'sk_sql', row: 2, fields: { description: 'from file', source: { framework: 'ESCO', uri: 'http://data.europa.eu/esco/skill/0002' } } }]);
    expect(apply(doc, 'skill.import', payload).entities.sk_sql).toMatchObject({ description: 'from file', statement: 'SQL' });
  });
});
