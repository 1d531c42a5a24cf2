import { describe, expect, it } from 'vitest';
import { exportSpecification } from '../../../shared/export';
import type { McredDocument } from '../../../shared/model';
import { ADVISOR, AUTHOR, apply, makeAssessment, makeComment, makeCredential, makeLink, makeMap, makeOutcome, makeSkill } from '../../helpers/builders';
import { all, ancestor, first, readDocx, text, type DocxParts, type El } from './helpers/docx';
import { ID, NOW, sampleDoc, sampleParts } from './helpers/fixtures';

interface WordComment {
  id: string;
  author: string;
  body: string;
}

function commentsOf(parts: DocxParts): WordComment[] {
  if (!parts.files.includes('word/comments.xml')) return [];
  return all(parts.xml('word/comments.xml'), 'w:comment').map((c) => ({ id: c.attrs['w:id']!, author: c.attrs['w:author']!, body: text(c) }));
}

/** The text between a comment's range start and end, and the paragraph it starts in. */
function anchorOf(body: El, id: string): { paragraph: El; text: string } {
  const start = all(body, 'w:commentRangeStart').find((s) => s.attrs['w:id'] === id);
  if (!start) throw new Error(`comment ${id} has no range`);
  const paragraph = ancestor(start, 'w:p')!;
  let inside = false;
  let out = '';
  const visit = (el: El) => {
    for (const c of el.children) {
      if (typeof c === 'string') {
        if (inside && (el.name === 'w:t' || el.name === 'w:delText')) out += c;
        continue;
      }
      if (c.name === 'w:commentRangeStart' && c.attrs['w:id'] === id) inside = true;
      else if (c.name === 'w:commentRangeEnd' && c.attrs['w:id'] === id) inside = false;
      else visit(c);
    }
  };
  visit(paragraph);
  return { paragraph, text: out };
}

describe('open comment threads become Word comments anchored where they belong', () => {
  it('writes the open thread of the example (question and answer) and leaves the resolved one out', async () => {
    const parts = await sampleParts();
    const comments = commentsOf(parts);
    const doc = sampleDoc();
    expect(comments.map((c) => [c.author, c.body])).toEqual([
      ['Ana Lopez', doc.comments[ID.comment.triageRoot]!.body],
      ['Dr. Maya Chen', doc.comments[ID.comment.triageReply]!.body],
    ]);
    expect(comments.some((c) => c.body === doc.comments[ID.comment.remediateRoot]!.body)).toBe(false);
    expect(new Set(comments.map((c) => c.id)).size).toBe(comments.length);
    expect(comments.every((c) => /^\d+$/.test(c.id))).toBe(true);
  });

  it('anchors both on the statement of LO3, with a reference after the range, and threads the reply', async () => {
    const parts = await sampleParts();
    const body = first(parts.xml('word/document.xml'), 'w:body')!;
    const triage = sampleDoc().entities[ID.outcome.triage]!;
    if (triage.kind !== 'outcome') throw new Error('sample changed');
    for (const c of commentsOf(parts)) {
      const anchor = anchorOf(body, c.id);
      expect(anchor.text).toBe(triage.statement);
      expect(text(ancestor(anchor.paragraph, 'w:tr')!)).toMatch(/^LO3/);
      expect(all(body, 'w:commentReference').filter((r) => r.attrs['w:id'] === c.id)).toHaveLength(1);
    }
    const extended = parts.raw('word/commentsExtended.xml');
    expect(extended).toMatch(/w15:paraIdParent="/);
  });

  describe('on a map with comments on fields, links, other credentials and resolved threads', () => {
    const cred = makeCredential({ industryNeed: 'Regional employers report 40 open roles.' });
    const other = makeCredential({ title: 'Another credential' });
    const outcome = makeOutcome({ statement: 'Analyse sales data with pivot tables' });
    const elsewhere = makeOutcome({ statement: 'Outcome of another credential' });
    const skill = makeSkill({ statement: 'Spreadsheet analysis' });
    const exam = makeAssessment({ title: 'Spreadsheet exam' });
    const addresses = makeLink('addresses', skill, outcome, { level: 'reinforced' });
    const comments = [
      makeComment(cred, { field: 'industryNeed', body: 'Which employers?', author: ADVISOR.id }),
      makeComment(addresses, { body: 'Should this be mastered?', author: ADVISOR.id }),
      makeComment(exam, { body: 'How long is the exam?' }),
      makeComment(elsewhere, { field: 'statement', body: 'Not in this credential' }),
      makeComment(outcome, { field: 'statement', body: 'Already fixed', resolved: true }),
    ];
    const build = (): McredDocument => {
      let doc = makeMap({
        entities: [cred, other, outcome, elsewhere, skill, exam],
        links: [makeLink('part-of', outcome, cred), makeLink('part-of', elsewhere, other), addresses, makeLink('assessed-by', outcome, exam)],
      });
      for (const c of comments) doc = apply(doc, 'comment.add', { comment: c });
      return doc;
    };
    const partsP = exportSpecification(build(), cred.id, { now: NOW, pageNumbers: false }).then(readDocx);
    const find = async (body: string) => {
      const parts = await partsP;
      const c = commentsOf(parts).find((x) => x.body === body);
      return c && { comment: c, anchor: anchorOf(first(parts.xml('word/document.xml'), 'w:body')!, c.id) };
    };

    it('anchors a comment on a credential field on that field in the summary table', async () => {
      const found = (await find('Which employers?'))!;
      expect(found.comment.author).toBe(ADVISOR.name);
      expect(found.anchor.text).toBe('Regional employers report 40 open roles.');
      expect(text(ancestor(found.anchor.paragraph, 'w:tr')!)).toMatch(/^Evidence of industry need/);
    });

    it('anchors a comment on a skill-outcome link on its matrix cell', async () => {
      const found = (await find('Should this be mastered?'))!;
      expect(found.anchor.text).toBe('R');
    });

    it('anchors a comment without a field on the title of its entity', async () => {
      const found = (await find('How long is the exam?'))!;
      expect(found.comment.author).toBe(AUTHOR.name);
      expect(found.anchor.text).toBe('Spreadsheet exam');
    });

    it('leaves out threads that are resolved or about another credential', async () => {
      expect(await find('Not in this credential')).toBeUndefined();
      expect(await find('Already fixed')).toBeUndefined();
      expect(commentsOf(await partsP)).toHaveLength(3);
    });
  });
});
