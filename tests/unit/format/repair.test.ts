import { describe, expect, it } from 'vitest';
import { parseDocument, repairDocument, serialiseDocument, type LoadResult, type Repair, type RepairResult } from '../../../shared/format';
import type { McredDocument } from '../../../shared/model';
import { apply, makeComment, makeLink, makeMap, makeOutcome, makeSkill } from '../../helpers/builders';

const skill = makeSkill({ id: 'sk_sql', statement: 'Write SQL queries', description: 'Queries over several tables' });
const outcome = makeOutcome({ id: 'lo_join', statement: 'Join tables to answer a question' });
const base = makeMap({ entities: [skill, outcome], links: [makeLink('addresses', skill, outcome, { id: 'ln_1' })] });
const doc = apply(base, 'comment.add', { comment: makeComment(skill, { id: 'cm_1', body: 'Keep this wording' }) });
const text = serialiseDocument(doc);

type Plain = Record<string, Record<string, Record<string, unknown>>>;

/** The map as plain JSON, changed by hand as `edit` says, and written back like a text editor would. */
function handEdited(edit: (plain: Plain) => void): string {
  const plain = JSON.parse(text) as Plain;
  edit(plain);
  return JSON.stringify(plain, null, 2);
}

function repaired(input: string): Extract<RepairResult, { ok: true }> {
  const result = repairDocument(input);
  if (!result.ok) throw new Error(`not repaired: ${result.problems.map((p) => p.message).join('; ')}`);
  return result;
}

function refusedRepairs(result: LoadResult): Repair[] | undefined {
  if (result.ok) throw new Error('the damaged file loaded');
  return result.repairs;
}

/** What the repair must leave alone: every entity and comment as it was. */
function expectWordsKept(d: McredDocument): void {
  expect(d.entities).toEqual(doc.entities);
  expect(d.comments).toEqual(doc.comments);
  expect(d.people).toEqual(doc.people);
}

describe('repairDocument', () => {
  it('drops the change stamps a hand-deleted link left behind, says so, and the result loads', () => {
    const damaged = handEdited((p) => delete p.links!.ln_1);
    const load = parseDocument(damaged);
    const listed = refusedRepairs(load);
    expect(listed).toEqual([{ path: 'meta.stamps.ln_1', message: 'removed the change stamps of "ln_1", which does not exist', line: damaged.split('\n').findIndex((l) => l.includes('"ln_1": {')) + 1 }]);
    const result = repaired(damaged);
    expect(result.repairs).toEqual(listed);
    expect(result.doc.meta.stamps.ln_1).toBeUndefined();
    expect(result.doc.links).toEqual({});
    expectWordsKept(result.doc);
    expect(parseDocument(serialiseDocument(result.doc))).toEqual({ ok: true, doc: result.doc });
  });

  it('removes a link whose end is missing, with its stamps, and a position of nothing', () => {
    const damaged = handEdited((p) => {
      p.links!.ln_1!.to = 'lo_gone';
      p.layout!.lo_gone = { x: 10, y: 20 };
    });
    const result = repaired(damaged);
    expect(result.repairs.map((r) => r.path)).toEqual(['links.ln_1', 'layout.lo_gone', 'meta.stamps.ln_1']);
    expect(result.repairs[0]!.message).toBe('removed the "addresses" link from “Write SQL queries” to "lo_gone": its end "lo_gone" does not exist');
    expect(result.doc.links).toEqual({});
    expectWordsKept(result.doc);
  });

  it('removes the deletion mark of a record that is still there, keeping the record', () => {
    const damaged = handEdited((p) => (p.meta!.tombstones!.sk_sql = '1767225600009-000-test0001@pe_author'));
    const result = repaired(damaged);
    expect(result.repairs).toMatchObject([{ path: 'meta.tombstones.sk_sql', message: expect.stringContaining('the record is kept') }]);
    expect(result.doc).toEqual(doc);
  });

  it('keeps the later of two values of one key and lists the dropped one with both lines', () => {
    const damaged = text.replace('"statement": "Write SQL queries"', '"statement": "Write SQL",\n      "statement": "Write SQL queries"');
    const first = damaged.split('\n').findIndex((l) => l.includes('"statement": "Write SQL",')) + 1;
    const result = repaired(damaged);
    expect(result.repairs).toEqual([
      { path: 'entities.sk_sql.statement', line: first, message: `"statement" was written twice (lines ${first} and ${first + 1}): kept the later value, dropped the earlier "Write SQL"` },
    ]);
    expect(result.doc).toEqual(doc);
    expect(refusedRepairs(parseDocument(damaged))).toEqual(result.repairs);
  });

  it('drops a field this version does not know, and an empty text the format keeps absent, naming each', () => {
    const damaged = text.replace('"statement": "Write SQL queries"', '"statement": "Write SQL queries",\n      "colour": "red"').replace('"Queries over several tables"', '""');
    const result = repaired(damaged);
    expect(result.repairs.map((r) => [r.path, r.message])).toEqual([
      ['entities.sk_sql.colour', 'dropped the field "colour", which this version of the format does not have (its value was "red")'],
      ['entities.sk_sql.description', 'left out the empty text (the format leaves a field out rather than empty)'],
    ]);
    const { description: _dropped, ...rest } = doc.entities.sk_sql as typeof skill;
    expect(result.doc.entities.sk_sql).toEqual(rest);
  });

  it('refuses what only dropping a person’s words would mend: a comment on a missing entity', () => {
    const damaged = handEdited((p) => (p.comments!.cm_1!.target = 'sk_gone'));
    expect(refusedRepairs(parseDocument(damaged))).toBeUndefined();
    expect(repairDocument(damaged)).toMatchObject({ ok: false, problems: [{ code: 'reference', path: 'comments.cm_1.target' }] });
  });

  it('refuses an empty required text (there is nothing to put there)', () => {
    const damaged = text.replace('"statement": "Write SQL queries"', '"statement": ""');
    expect(refusedRepairs(parseDocument(damaged))).toBeUndefined();
    expect(repairDocument(damaged)).toMatchObject({ ok: false, problems: [{ code: 'schema', path: 'entities.sk_sql.statement' }] });
  });

  it('leaves files it cannot read as they are: it only reports', () => {
    expect(repairDocument('{"format": "micro-credential-studio", "schemaVersion": 99}')).toMatchObject({ ok: false, problems: [{ code: 'newer-version' }] });
    expect(repairDocument('{ not json')).toMatchObject({ ok: false, problems: [{ code: 'syntax' }] });
  });
});
