import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ExportError, exportSpecification, runExport } from '../../../shared/export';
import { parseStatuses } from '../../../shared/export/docx/catalogue';
import { STATUS_MARKS } from '../../../shared/export/scope';
import { applyCommand } from '../../../shared/commands';
import { TestClock } from '../../helpers/builders';
import { ExportRequestSchema } from '../../../shared/ipc';
import type { Approval, CredentialStatus, McredDocument } from '../../../shared/model';
import { all, first, parseXml, text, type El } from './helpers/docx';
import { ID, NOW, sampleDoc } from './helpers/fixtures';

// The sample: the analyst certificate is in review, the cloud fundamentals a draft.
const ANALYST = 'Cybersecurity Analyst Professional Certificate';
const CLOUD = 'Cloud Security Fundamentals';

function withStatus(status: Partial<Record<string, CredentialStatus>>): McredDocument {
  const doc = structuredClone(sampleDoc());
  for (const [id, s] of Object.entries(status)) (doc.entities[id] as { status: CredentialStatus }).status = s!;
  return doc;
}

const DRAFT_LABEL = STATUS_MARKS.draft;

/** The sample with these status steps of the cloud credential recorded, in order, a day apart from 1 April 2026. */
function withSteps(steps: readonly Pick<Approval, 'status' | 'body' | 'minute'>[]): McredDocument {
  const clock = new TestClock(ID.person.designer, 'test0003', Date.parse('2026-04-01T09:00:00Z'));
  let doc = sampleDoc();
  steps.forEach((step, i) => {
    const decision = step.status === 'approved' ? { decision: 'approved' as const } : {};
    const approval = { id: `ap_step${i + 1}`, credential: ID.credential.cloud, at: new Date(Date.parse('2026-04-01T09:00:00Z') + i * 86_400_000).toISOString(), author: ID.person.designer, ...decision, ...step };
    const result = applyCommand(doc, { name: 'approval.record', payload: { approval, ...(step.status === 'approved' ? { revisionName: `Approved ${i + 1}` } : {}) } }, { stamp: clock.next() });
    if (!result.ok) throw new Error(result.refusal.message);
    doc = result.doc;
  });
  return doc;
}

function body(bytes: Uint8Array): El {
  const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']!);
  return first(parseXml(xml), 'w:body')!;
}

const flat = (el: El) => text(el).replace(/\s+/g, ' ').trim();
const headings1 = (b: El) => all(b, 'w:p').filter((p) => first(p, 'w:pStyle')?.attrs['w:val'] === 'Heading1');
/** The overview table: the first table whose header row starts "No.". */
const overviewRows = (b: El) => {
  const table = all(b, 'w:tbl').find((t) => flat(all(t, 'w:tr')[0]!).startsWith('No.'))!;
  return all(table, 'w:tr').slice(1).map(flat);
};
/** The paragraph after a chapter's Heading1. */
const afterHeading = (b: El, title: string) => {
  const ps = all(b, 'w:p');
  const i = ps.findIndex((p) => first(p, 'w:pStyle')?.attrs['w:val'] === 'Heading1' && flat(p).endsWith(title));
  return flat(ps[i + 1]!);
};

describe('catalogue scope: approved and published by default, or all with drafts marked', () => {
  it('refuses a default catalogue when nothing is approved or published, saying how to include drafts', async () => {
    const attempt = runExport(sampleDoc(), { format: 'catalog' }, { now: NOW });
    await expect(attempt).rejects.toThrow(ExportError);
    await expect(attempt).rejects.toThrow("No micro-credential is approved or published yet; choose 'All, drafts marked' to include drafts.");
  });

  it('takes only approved and published credentials by default, unmarked', async () => {
    const out = await runExport(withStatus({ [ID.credential.cloud]: 'published' }), { format: 'catalog' }, { now: NOW });
    const b = body(out.bytes);
    const h1 = headings1(b).map(flat);
    expect(h1.some((h) => h.endsWith(CLOUD))).toBe(true);
    expect(h1.some((h) => h.endsWith(ANALYST))).toBe(false);
    expect(overviewRows(b)).toHaveLength(1);
    expect(flat(b)).not.toContain(DRAFT_LABEL);
  });

  it("takes every credential with 'all', marking the drafts in the overview table and at the top of their chapters", async () => {
    const out = await runExport(withStatus({ [ID.credential.cloud]: 'approved' }), { format: 'catalog', statuses: 'all' }, { now: NOW });
    const b = body(out.bytes);
    const rows = overviewRows(b);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.includes(ANALYST))).toContain(`${ANALYST} ${STATUS_MARKS['in-review']}`);
    expect(rows.find((r) => r.includes(CLOUD))).not.toContain(DRAFT_LABEL);
    expect(afterHeading(b, ANALYST)).toMatch(new RegExp(`^${STATUS_MARKS['in-review']}\\. This micro-credential is in review`));
    expect(afterHeading(b, CLOUD)).not.toContain(DRAFT_LABEL);
  });

  it('says in a sentence of plain English why each kind of unapproved credential may still change', async () => {
    const out = await runExport(withStatus({ [ID.credential.cloud]: 'draft', [ID.credential.analyst]: 'changes-requested' }), { format: 'catalog', statuses: 'all' }, { now: NOW });
    const b = body(out.bytes);
    expect(afterHeading(b, CLOUD)).toBe(`${DRAFT_LABEL}. This micro-credential is a draft: its content may change before it is approved.`);
    expect(afterHeading(b, ANALYST)).toBe(`${STATUS_MARKS['changes-requested']}. Changes to this micro-credential have been requested: its content will change before it is approved.`);
  });

  it('calls a retired credential retired, not a draft, with its approval and retirement on record', async () => {
    const UCC = { body: 'University Curriculum Committee', minute: 'UCC 2026/15' };
    const doc = withSteps([{ status: 'in-review' }, { status: 'approved', ...UCC }, { status: 'retired' }]);
    const b = body((await runExport(doc, { format: 'catalog', statuses: ['retired'] }, { now: NOW })).bytes);
    expect(overviewRows(b)[0]).toContain(`${CLOUD} Retired — no longer offered`);
    expect(flat(b)).not.toContain(DRAFT_LABEL);
    expect(afterHeading(b, CLOUD)).toBe('Retired — no longer offered. It was approved by University Curriculum Committee on April 2, 2026 (minute UCC 2026/15) and retired on April 3, 2026.');
    // Retired without an approval on record (the status set directly): it says so.
    const bare = body((await runExport(withStatus({ [ID.credential.cloud]: 'retired' }), { format: 'catalog', statuses: ['retired'] }, { now: NOW })).bytes);
    expect(afterHeading(bare, CLOUD)).toBe('Retired — no longer offered. No approval of it is on record.');
  });

  it('marks each unapproved status by its own name, and a credential back in review with its last approval', async () => {
    const b = body((await runExport(withStatus({ [ID.credential.cloud]: 'draft', [ID.credential.analyst]: 'in-review' }), { format: 'catalog', statuses: 'all' }, { now: NOW })).bytes);
    const rows = overviewRows(b);
    expect(rows.find((r) => r.includes(ANALYST))).toContain(`${ANALYST} In review — not approved`);
    expect(rows.find((r) => r.includes(CLOUD))).toContain(`${CLOUD} Draft — not approved`);
    const requested = body((await runExport(withStatus({ [ID.credential.analyst]: 'changes-requested' }), { format: 'catalog', credentialIds: [ID.credential.analyst] }, { now: NOW })).bytes);
    expect(afterHeading(requested, ANALYST)).toMatch(/^Changes requested — not approved\. /);
    const again = withSteps([{ status: 'approved', body: 'University Curriculum Committee' }, { status: 'in-review' }]);
    const c = body((await runExport(again, { format: 'catalog', statuses: ['in-review'], credentialIds: [ID.credential.cloud] }, { now: NOW })).bytes);
    expect(afterHeading(c, CLOUD)).toBe('In review — not approved. This micro-credential is in review: its content may change before it is approved. It was last approved by University Curriculum Committee on April 1, 2026.');
  });

  it('takes the statuses asked for', async () => {
    const out = await runExport(sampleDoc(), { format: 'catalog', statuses: ['in-review'] }, { now: NOW });
    const rows = overviewRows(body(out.bytes));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(ANALYST);
    await expect(runExport(sampleDoc(), { format: 'catalog', statuses: ['retired'] }, { now: NOW })).rejects.toThrow(/No micro-credential is retired yet/);
  });

  it('lets named credentials win over the statuses, drafts among them still marked', async () => {
    const out = await runExport(sampleDoc(), { format: 'catalog', credentialIds: [ID.credential.cloud] }, { now: NOW });
    const b = body(out.bytes);
    const rows = overviewRows(b);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(`${CLOUD} ${DRAFT_LABEL}`);
    expect(afterHeading(b, CLOUD)).toContain(DRAFT_LABEL);
  });

  it('keeps each credential code on one line in the overview: non-breaking hyphens, a Code column as wide as the longest code needs', async () => {
    const b = body((await runExport(sampleDoc(), { format: 'catalog', statuses: 'all' }, { now: NOW })).bytes);
    const table = all(b, 'w:tbl').find((t) => flat(all(t, 'w:tr')[0]!).startsWith('No.'))!;
    const codes = all(table, 'w:tr').slice(1).map((r) => flat(all(r, 'w:tc')[2]!));
    expect(codes.sort()).toEqual(['NSU\u2011CYBR\u2011MC2', 'NSU\u2011CYBR\u2011PC1']);
    // 12 characters of 9 pt text need more than the 14% the column used to have (it broke "NSU-CYBR-" / "PC1").
    const widths = all(table, 'w:gridCol').map((g) => Number(g.attrs['w:w']));
    const share = widths[2]! / widths.reduce((a, w) => a + w, 0);
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThanOrEqual(0.3);
  });

  it('validates the statuses at the host boundary', () => {
    const ok = (statuses: unknown) => ExportRequestSchema.safeParse({ format: 'catalog', statuses }).success;
    expect(ok('all')).toBe(true);
    expect(ok(['approved', 'published'])).toBe(true);
    expect(ok(['draft'])).toBe(true);
    expect(ok([])).toBe(false);
    expect(ok(['bogus'])).toBe(false);
    expect(ok('approved')).toBe(false);
    expect(ok(42)).toBe(false);
  });

  it('parses the CLI spelling', () => {
    expect(parseStatuses('all')).toBe('all');
    expect(parseStatuses('approved, published')).toEqual(['approved', 'published']);
    expect(parseStatuses('approved,nope')).toBeUndefined();
    expect(parseStatuses('')).toBeUndefined();
  });
});

describe('a lone total row keeps with its table', () => {
  it('keeps the row before the workload total with it, and the total row unsplit', async () => {
    const b = body(await exportSpecification(sampleDoc(), ID.credential.analyst, { now: NOW }));
    const table = all(b, 'w:tbl').find((t) => all(t, 'w:tr').some((r) => flat(r).startsWith('Total') && all(t, 'w:tr')[0] && flat(all(t, 'w:tr')[0]!).startsWith('Learning activity')))!;
    expect(table).toBeDefined();
    const rows = all(table, 'w:tr');
    const total = rows.at(-1)!;
    expect(flat(total)).toMatch(/^Total/);
    expect(first(total, 'w:cantSplit')).toBeDefined();
    const before = rows.at(-2)!;
    const paragraphs = all(before, 'w:p');
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const p of paragraphs) expect(first(p, 'w:keepNext')).toBeDefined();
    // Only the last body row keeps with the next: the rest of the table may break between rows.
    expect(all(rows.at(-3)!, 'w:keepNext')).toHaveLength(0);
  });
});
