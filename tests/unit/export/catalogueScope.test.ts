import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ExportError, exportSpecification, runExport } from '../../../shared/export';
import { DRAFT_LABEL, parseStatuses } from '../../../shared/export/docx/catalogue';
import { ExportRequestSchema } from '../../../shared/ipc';
import type { CredentialStatus, McredDocument } from '../../../shared/model';
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
    expect(rows.find((r) => r.includes(ANALYST))).toContain(`${ANALYST} ${DRAFT_LABEL}`);
    expect(rows.find((r) => r.includes(CLOUD))).not.toContain(DRAFT_LABEL);
    expect(afterHeading(b, ANALYST)).toMatch(new RegExp(`^${DRAFT_LABEL}\\. This micro-credential is in review`));
    expect(afterHeading(b, CLOUD)).not.toContain(DRAFT_LABEL);
  });

  it('says in a sentence of plain English why each kind of unapproved credential may still change', async () => {
    const out = await runExport(withStatus({ [ID.credential.cloud]: 'draft', [ID.credential.analyst]: 'changes-requested' }), { format: 'catalog', statuses: 'all' }, { now: NOW });
    const b = body(out.bytes);
    expect(afterHeading(b, CLOUD)).toBe(`${DRAFT_LABEL}. This micro-credential is a draft: its content may change before it is approved.`);
    expect(afterHeading(b, ANALYST)).toBe(`${DRAFT_LABEL}. Changes to this micro-credential have been requested: its content will change before it is approved.`);
    const retired = body((await runExport(withStatus({ [ID.credential.cloud]: 'retired' }), { format: 'catalog', statuses: ['retired'] }, { now: NOW })).bytes);
    expect(afterHeading(retired, CLOUD)).toBe(`${DRAFT_LABEL}. This micro-credential is retired: it is no longer offered.`);
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
