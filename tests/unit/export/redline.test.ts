import { describe, expect, it } from 'vitest';
import { ExportError, exportSpecification } from '../../../shared/export';
import { stampTime } from '../../../shared/model';
import { ADVISOR, AUTHOR, apply, makeAssessment, makeCredential, makeLink, makeMap, makeOutcome, makeSkill, nextStamp } from '../../helpers/builders';
import { accepted, all, ancestor, first, original, readDocx, text, type El } from './helpers/docx';
import { ID, NOW, sampleDoc, sampleParts } from './helpers/fixtures';

const REVISION = ID.revision.facultyReview;
const wordDate = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The table row whose text (before and after the changes) contains `needle`. */
function rowWith(body: El, needle: string): El {
  const row = all(body, 'w:tr').find((tr) => accepted(tr).includes(needle) || original(tr).includes(needle));
  if (!row) throw new Error(`no row with "${needle}"`);
  return row;
}

describe('a redline against a named revision, read back from its XML', () => {
  it('shows the reworded outcome as a word-level insertion by the person who changed it, dated by the stamp', async () => {
    const doc = sampleDoc();
    const body = first((await sampleParts({ against: REVISION })).xml('word/document.xml'), 'w:body')!;
    const before = doc.revisions[REVISION]!.snapshot.entities[ID.outcome.remediate];
    const after = doc.entities[ID.outcome.remediate];
    if (before?.kind !== 'outcome' || after?.kind !== 'outcome') throw new Error('sample changed');
    const row = rowWith(body, 'Justify vulnerability remediation plans');
    const statement = all(row, 'w:p').find((p) => accepted(p).startsWith('Justify'))!;
    expect(accepted(statement)).toBe(after.statement);
    expect(original(statement)).toBe(before.statement);
    const ins = all(statement, 'w:ins');
    expect(ins.map((i) => text(i)).join('')).toBe(', including compensating controls where patching is not possible,');
    expect(all(statement, 'w:del')).toHaveLength(0);
    const stamp = doc.meta.stamps[ID.outcome.remediate]!.statement!;
    for (const i of ins) {
      expect(i.attrs['w:author']).toBe('Dr. Maya Chen');
      expect(i.attrs['w:date']).toBe(wordDate(stampTime(stamp)));
    }
  });

  it('tracks the status change on the cover and turns on change tracking for the reviewer', async () => {
    const parts = await sampleParts({ against: REVISION });
    const body = first(parts.xml('word/document.xml'), 'w:body')!;
    const status = all(body, 'w:tr').find((tr) => text(tr).startsWith('Status'))!;
    expect(all(status, 'w:del').map((d) => text(d, { deleted: true }))).toEqual(['Draft']);
    expect(all(status, 'w:ins').map((i) => text(i))).toEqual(['In review']);
    expect(parts.raw('word/settings.xml')).toContain('<w:trackRevisions/>');
    expect(text(body)).toContain('Changes shown since');
  });

  it('changes nothing else: every tracked change is one the designer made after the snapshot', async () => {
    const body = first((await sampleParts({ against: REVISION })).xml('word/document.xml'), 'w:body')!;
    const changes = [...all(body, 'w:ins'), ...all(body, 'w:del')];
    expect(changes.length).toBeGreaterThan(2);
    expect(new Set(changes.map((c) => c.attrs['w:author']))).toEqual(new Set(['Dr. Maya Chen']));
    const ids = changes.map((c) => c.attrs['w:id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses an unknown revision with the names of the ones there are', async () => {
    const attempt = exportSpecification(sampleDoc(), ID.credential.analyst, { now: NOW, against: 'rv_nope' });
    await expect(attempt).rejects.toThrow(ExportError);
    await expect(attempt).rejects.toThrow(/"Sent to faculty review" \(rv_facultyreview\)/);
  });

  describe('rows added and removed since the revision', () => {
    const cred = makeCredential({ awardingBody: 'Old Faculty' });
    const kept = makeOutcome({ statement: 'Design a data pipeline' });
    const dropped = makeOutcome({ statement: 'Describe data governance roles' });
    const added = makeOutcome({ statement: 'Evaluate data quality with automated checks' });
    const skill = makeSkill({ statement: 'Build ETL pipelines' });
    const exam = makeAssessment({ title: 'Pipeline exam', weighting: 100 });
    const project = makeAssessment({ title: 'Quality audit project', weighting: 40 });
    const build = () => {
      let doc = makeMap({
        entities: [cred, kept, dropped, skill, exam],
        links: [makeLink('part-of', kept, cred, { order: 1 }), makeLink('part-of', dropped, cred, { order: 2 }), makeLink('addresses', skill, kept), makeLink('assessed-by', kept, exam), makeLink('assessed-by', dropped, exam)],
      });
      doc = apply(doc, 'revision.create', { id: 'rv_base', name: 'Approved 2025', at: '2026-01-05T09:00:00Z', author: AUTHOR.id });
      doc = apply(doc, 'entity.delete', { ids: [dropped.id] });
      doc = apply(doc, 'entity.create', { entity: added });
      doc = apply(doc, 'link.create', { link: makeLink('part-of', added, cred, { order: 2 }) });
      doc = apply(doc, 'link.create', { link: makeLink('addresses', skill, added, { level: 'mastered' }) });
      doc = apply(doc, 'entity.create', { entity: project });
      doc = apply(doc, 'link.create', { link: makeLink('assessed-by', added, project) });
      doc = apply(doc, 'entity.update', { id: skill.id, changes: { statement: 'Build and test ETL pipelines' } }, nextStamp(ADVISOR.id));
      doc = apply(doc, 'entity.update', { id: cred.id, changes: { awardingBody: 'Faculty of Data Science' } }, nextStamp(ADVISOR.id));
      return doc;
    };
    const bodyP = (async () => {
      const bytes = await exportSpecification(build(), cred.id, { now: NOW, against: 'rv_base', pageNumbers: false });
      return first(readDocx(bytes).xml('word/document.xml'), 'w:body')!;
    })();

    it('inserts a new outcome and its assessment as whole rows, by their author', async () => {
      const body = await bodyP;
      for (const needle of ['Evaluate data quality with automated checks', 'Quality audit project']) {
        const row = rowWith(body, needle);
        const ins = first(first(row, 'w:trPr')!, 'w:ins');
        expect(ins?.attrs['w:author'], needle).toBe(AUTHOR.name);
        expect(original(row), needle).not.toContain(needle);
      }
    });

    it('deletes a removed outcome as a whole row, with its text kept as deleted text', async () => {
      const row = rowWith(await bodyP, 'Describe data governance roles');
      expect(first(first(row, 'w:trPr')!, 'w:del')?.attrs['w:author']).toBe(AUTHOR.name);
      expect(accepted(row)).not.toContain('Describe data governance roles');
      expect(all(row, 'w:delText').map((d) => text(d, { deleted: true })).join('')).toContain('Describe data governance roles');
    });

    it("attributes the advisor's edits of a skill and a credential field to the advisor", async () => {
      const body = await bodyP;
      const skillIns = all(body, 'w:ins').filter((i) => text(i).includes('and test'));
      expect(skillIns.length).toBeGreaterThan(0);
      expect(skillIns.every((i) => i.attrs['w:author'] === ADVISOR.name)).toBe(true);
      const awarding = all(body, 'w:tr').find((tr) => text(tr).startsWith('Awarding body'))!;
      expect(all(awarding, 'w:del').map((d) => text(d, { deleted: true }))).toEqual(['Old ']);
      expect(all(awarding, 'w:ins').map((d) => text(d))).toEqual([' of Data Science']);
      expect([...all(awarding, 'w:del'), ...all(awarding, 'w:ins')].every((c) => c.attrs['w:author'] === ADVISOR.name)).toBe(true);
      expect(accepted(awarding)).toContain('Faculty of Data Science');
      expect(original(awarding)).toContain('Old Faculty');
    });

    it('marks a new matrix cell as inserted', async () => {
      const body = await bodyP;
      const matrix = all(body, 'w:tbl').find((t) => text(first(t, 'w:tr')!).startsWith('Skill requirement'))!;
      const inserted = all(matrix, 'w:ins').filter((i) => text(i) === 'M');
      expect(inserted).toHaveLength(1);
      expect(ancestor(inserted[0]!, 'w:tc')).toBeDefined();
    });
  });
});
