import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/analysis';
import { applyCommand } from '../../../shared/commands';
import { analysisReadiness, ExportError, exportCatalogue, exportSpecification, runExport, type DocxOptions } from '../../../shared/export';
import type { Credential, McredDocument } from '../../../shared/model';
import { AnchorIndex, REVIEW_COPY_KIND, REVIEW_PROPERTIES, anchorName } from '../../../shared/review/anchors';
import { NOT_STATED, NOT_STATED_IN_LINE, REVIEW_FIELDS, isNotStated, reviewText } from '../../../shared/review/fields';
import { TestClock } from '../../helpers/builders';
import { readBookmarks, type ReadBookmark } from './helpers/anchors';
import { first, readDocx, tableRows, tablesWithHeader, text, type El } from './helpers/docx';
import { ID, NOW, sampleDoc } from './helpers/fixtures';

const CRED = ID.credential.analyst;
const REVISION = ID.revision.facultyReview;

const bodyOf = (bytes: Uint8Array): El => first(readDocx(bytes).xml('word/document.xml'), 'w:body')!;
const spec = (doc: McredDocument, options: Partial<DocxOptions> = {}) =>
  exportSpecification(doc, CRED, { now: NOW, pageNumbers: false, ...options });
const ours = (body: El) => readBookmarks(body).filter((b) => b.name.startsWith('_mcs'));
const byName = (bookmarks: ReadBookmark[]) => new Map(bookmarks.map((b) => [b.name, b]));
/** An anchor's text as the field's review text: the placeholder (either case) as empty. */
const asReviewText = (b: ReadBookmark) => (isNotStated(b.text) ? '' : b.text);

/** The example with an approval of the analyst certificate recorded by its designer on 10 April 2026. */
function approvedSample(): McredDocument {
  const clock = new TestClock(ID.person.designer, 'test0002', Date.parse('2026-04-10T15:00:00Z'));
  const result = applyCommand(
    sampleDoc(),
    {
      name: 'approval.record',
      payload: {
        approval: {
          id: 'ap_1',
          credential: CRED,
          status: 'approved',
          decision: 'approved',
          body: 'University Curriculum Committee',
          minute: 'UCC 2026/14, item 7',
          conditions: 'Review the capstone rubric before the first intake.',
          at: '2026-04-10T15:00:00Z',
          author: ID.person.designer,
        },
        revisionName: 'Approved by UCC',
      },
    },
    { stamp: clock.next() },
  );
  if (!result.ok) throw new Error(result.refusal.message);
  return result.doc;
}

function update(doc: McredDocument, id: string, changes: Record<string, unknown>, clock: TestClock, author?: string): McredDocument {
  const result = applyCommand(doc, { name: 'entity.update', payload: { id, changes } }, { stamp: clock.next(author) });
  if (!result.ok) throw new Error(result.refusal.message);
  return result.doc;
}

function revise(doc: McredDocument, id: string, name: string, at: string, author: string, clock: TestClock): McredDocument {
  const result = applyCommand(doc, { name: 'revision.create', payload: { id, name, at, author } }, { stamp: clock.next() });
  if (!result.ok) throw new Error(result.refusal.message);
  return result.doc;
}

describe('hidden anchors: every reviewable field wrapped in a bookmark named after its record and field', () => {
  const bytesP = spec(sampleDoc());

  it('wraps every outcome statement of the credential in its anchor, with exactly the review text inside', async () => {
    const doc = sampleDoc();
    const marks = byName(ours(bodyOf(await bytesP)));
    const outcomes = Object.values(doc.links).filter((l) => l.kind === 'part-of' && l.to === CRED).map((l) => doc.entities[l.from]!);
    expect(outcomes).toHaveLength(7);
    for (const o of outcomes) {
      const b = marks.get(anchorName(o.id, 'statement', 1));
      expect(b, o.id).toBeDefined();
      expect(b!.text).toBe(reviewText(o, 'statement'));
    }
  });

  it('anchors every reviewable field of the credential, an empty one around "Not stated" ("not stated" after a label in a line)', async () => {
    const c = sampleDoc().entities[CRED] as Credential;
    const marks = byName(ours(bodyOf(await bytesP)));
    for (const field of Object.keys(REVIEW_FIELDS.credential)) {
      const b = marks.get(anchorName(CRED, field, 1));
      expect(b, field).toBeDefined();
      expect(asReviewText(b!), field).toBe(reviewText(c, field));
      if (reviewText(c, field) === '') expect([NOT_STATED, NOT_STATED_IN_LINE], field).toContain(b!.text);
    }
    // Units and derived figures stay outside: only the numbers are in the anchors.
    expect(marks.get(anchorName(CRED, 'workloadHours', 1))!.text).toBe('540');
    expect(marks.get(anchorName(CRED, 'credits', 1))!.text).toBe('12');
    expect(marks.get(anchorName(CRED, 'eqfLevel', 1))!.text).toBe('6');
    // After "national level: " inside the level's value: lower case.
    expect(marks.get(anchorName(CRED, 'nqfLevel', 1))!.text).toBe(NOT_STATED_IN_LINE);
    expect(marks.get(anchorName(CRED, 'participation', 1))!.text).toBe('Online, blended, work-based');
  });

  it('counts occurrences in reading order: the title on the cover is the first, in the summary the second', async () => {
    const body = bodyOf(await bytesP);
    const names = ours(body).map((b) => b.name);
    const cover = names.indexOf(anchorName(CRED, 'title', 1));
    expect(cover).toBe(0);
    expect(names.indexOf(anchorName(CRED, 'title', 2))).toBeGreaterThan(cover);
    expect(names).toContain(anchorName(CRED, 'qualityAssurance', 2));
  });

  it('gives every anchor a name that resolves to a field whose review text it holds, unique and at most 40 characters', async () => {
    const doc = sampleDoc();
    const marks = ours(bodyOf(await bytesP));
    expect(marks.length).toBeGreaterThan(60);
    const index = new AnchorIndex([doc]);
    for (const b of marks) {
      expect(b.name.length, b.name).toBeLessThanOrEqual(40);
      expect(b.name).toMatch(/^_mcs[0-9a-z_]+$/);
      const ref = index.resolve(b.name);
      expect(ref, b.name).toBeDefined();
      expect(asReviewText(b), `${ref!.record}.${ref!.field}`).toBe(reviewText(doc.entities[ref!.record]!, ref!.field));
    }
    expect(new Set(marks.map((b) => b.name)).size).toBe(marks.length);
    const ids = readBookmarks(bodyOf(await bytesP)).map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('numbers its bookmarks the same way in every export of the same map', async () => {
    const again = ours(bodyOf(await spec(sampleDoc())));
    const once = ours(bodyOf(await bytesP));
    expect(again.map((b) => `${b.name}=${b.id}`)).toEqual(once.map((b) => `${b.name}=${b.id}`));
    expect(Number(once[0]!.id)).toBe(900000);
  });

  it('wraps the tracked change of a field in a redline, so the anchor reads the new text once accepted', async () => {
    const doc = sampleDoc();
    const marks = byName(ours(bodyOf(await spec(doc, { against: REVISION }))));
    const b = marks.get(anchorName(ID.outcome.remediate, 'statement', 1))!;
    expect(b.tracked).toBe(true);
    expect(b.text).toBe(reviewText(doc.entities[ID.outcome.remediate]!, 'statement'));
  });

  it('anchors the titles in a catalogue, for every credential, with unique names', async () => {
    const marks = ours(bodyOf(await exportCatalogue(sampleDoc(), [CRED, ID.credential.cloud], { now: NOW })));
    const names = marks.map((b) => b.name);
    expect(names).toContain(anchorName(CRED, 'title', 1));
    expect(names).toContain(anchorName(ID.credential.cloud, 'title', 1));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('document identity: custom properties name the map, the revision and the credential', () => {
  const props = (bytes: Uint8Array) => readDocx(bytes).raw('docProps/custom.xml');
  const prop = (xml: string, name: string) => new RegExp(`name="${name.replace('.', '\\.')}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(xml)?.[1];

  it('writes kind, map id, revision id and credential id', async () => {
    const bytes = await spec(sampleDoc(), { revision: REVISION });
    expect(text(bodyOf(bytes))).toContain('recorded as the named revision “Sent to faculty review”');
    const xml = props(bytes);
    expect(prop(xml, REVIEW_PROPERTIES.kind)).toBe(REVIEW_COPY_KIND);
    expect(prop(xml, REVIEW_PROPERTIES.mapId)).toBe(ID.map);
    expect(prop(xml, REVIEW_PROPERTIES.revisionId)).toBe(REVISION);
    expect(prop(xml, REVIEW_PROPERTIES.credentialId)).toBe(CRED);
  });

  it('resolves the revision by name and leaves the property out without one', async () => {
    expect(prop(props(await spec(sampleDoc(), { revision: 'Sent to faculty review' })), REVIEW_PROPERTIES.revisionId)).toBe(REVISION);
    const xml = props(await spec(sampleDoc()));
    expect(xml).not.toContain(REVIEW_PROPERTIES.revisionId);
    expect(prop(xml, REVIEW_PROPERTIES.mapId)).toBe(ID.map);
  });

  it('names no credential in a catalogue, and passes the options through runExport', async () => {
    const cat = await runExport(sampleDoc(), { format: 'catalog', statuses: 'all', revision: REVISION }, { now: NOW });
    expect(props(cat.bytes)).not.toContain(REVIEW_PROPERTIES.credentialId);
    expect(prop(props(cat.bytes), REVIEW_PROPERTIES.revisionId)).toBe(REVISION);
  });

  it('refuses a revision the map does not have', async () => {
    await expect(spec(sampleDoc(), { revision: 'rv_nope' })).rejects.toThrow(ExportError);
  });
});

describe('written for reviewers: readiness is summarised, without the designer how-to', () => {
  const bodyP = spec(sampleDoc()).then(bodyOf);

  it('has no "Fix:" line and none of the analysis fixes', async () => {
    const all = text(await bodyP);
    expect(all).not.toContain('Fix:');
    const fixes = analysisReadiness(sampleDoc(), CRED, sampleDoc().settings.profiles).flatMap((p) => p.results.map((r) => r.fix).filter((f): f is string => Boolean(f)));
    expect(fixes.length).toBeGreaterThan(0);
    for (const f of fixes) expect(all).not.toContain(f);
  });

  it('gives the score the readiness panel shows, and per profile the required elements met and missing', async () => {
    const doc = sampleDoc();
    const score = analyse(doc).byCredential[CRED]!.score;
    expect(text(await bodyP)).toContain(`Readiness score: ${score} of 100`);
    // A credential without an awarding body and a learner identification misses two EU mandatory elements.
    const clock = new TestClock(ID.person.designer, 'test0003', Date.parse('2026-04-01T00:00:00Z'));
    const gaps = update(doc, CRED, { awardingBody: null, learnerIdentification: null }, clock);
    const rows = tableRows(tablesWithHeader(bodyOf(await spec(gaps)), 'Profile or check')[0]!);
    const eu = rows.find((r) => r[0] === 'EU Council Recommendation 2022 (Annex I)')!;
    expect(eu[1]).toMatch(/^\d+ of \d+$/);
    const [met, of] = eu[1]!.split(' of ').map(Number);
    expect(of! - met!).toBe(2);
    expect(eu[2]).toBe('Identification of the learner; Awarding body');
    expect(Number(eu[3])).toBe(2);
  });
});

describe('the readiness summary names what it counts', () => {
  it('names a warning beside its count: a credential changed since it was approved says so, though its cover says Approved', async () => {
    const clock = new TestClock(ID.person.designer, 'test0005', Date.parse('2026-04-12T09:00:00Z'));
    const body = bodyOf(await spec(update(approvedSample(), CRED, { workloadHours: 600 }, clock)));
    const rows = tableRows(tablesWithHeader(body, 'Profile or check')[0]!);
    expect(rows[0]![2]).toBe('Required elements missing; other findings');
    const cycle = rows.find((r) => r[0] === 'Review cycle')!;
    expect(cycle[4]).toBe('1');
    expect(cycle[2]).toBe('NoneWarnings: An approved or published credential has changed since it was approved' /* two paragraphs */);
    // A profile without findings reads as before.
    expect(rows.find((r) => r[0] === 'EU Council Recommendation 2022 (Annex I)')![2]).toBe('None');
  });
});

describe('approval and sign-off', () => {
  it('lists the recorded approval, oldest first, then the sign-off block', async () => {
    const body = bodyOf(await spec(approvedSample()));
    const rows = tableRows(tablesWithHeader(body, 'Date').find((t) => tableRows(t)[0]![1] === 'Step')!);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(['April 10, 2026', 'Approvedfrom In reviewRevision “Approved by UCC”' /* three paragraphs */, 'University Curriculum Committee', 'Approved', 'Review the capstone rubric before the first intake.', 'UCC 2026/14, item 7', 'Dr. Maya Chen']);
    const all = text(body);
    expect(all).not.toContain('No approval has been recorded yet.');
    for (const line of ['Approved by (body)', 'Name', 'Signature', 'Date', 'Minute reference']) expect(all).toContain(line);
  });

  it('says no approval has been recorded yet, and still offers the sign-off block', async () => {
    const all = text(bodyOf(await spec(sampleDoc())));
    expect(all).toMatch(/9\s+Approval and sign-off/);
    expect(all).toContain('No approval has been recorded yet.');
    expect(all).toMatch(/Approved by \(body\)\s*Name\s*Signature\s*Date\s*Minute reference/);
    expect(all.indexOf('Approval and sign-off')).toBeLessThan(all.lastIndexOf('Revision history'));
  });
});

describe('summary of changes since approval', () => {
  it('follows the contents when the redline is against the approved revision, listing what changed', async () => {
    const clock = new TestClock(ID.person.designer, 'test0004', Date.parse('2026-04-12T09:00:00Z'));
    const doc = update(approvedSample(), CRED, { workloadHours: 600 }, clock);
    const body = bodyOf(await spec(doc, { against: 'rv_1' }));
    const all = text(body);
    const at = all.indexOf('Summary of changes since approval');
    expect(at).toBeGreaterThan(all.indexOf('Contents'));
    expect(at).toBeLessThan(all.search(/1\s+Summary of standard elements/));
    expect(all.search(/1\s+Summary of standard elements/)).toBeGreaterThan(0);
    expect(all).toContain('University Curriculum Committee approved this specification on April 10, 2026 (minute UCC 2026/14, item 7), as the named revision “Approved by UCC”.');
    const rows = tableRows(tablesWithHeader(body, 'Item')[0]!);
    expect(rows).toContainEqual(['Credential: Cybersecurity Analyst Professional Certificate', 'Workload hours', '540', '600']);
    expect(rows).toHaveLength(2);
  });

  it('names an outcome by its code with its statement after, and a link to it by the code, as the rest of the document does', async () => {
    const clock = new TestClock(ID.person.designer, 'test0005', Date.parse('2026-04-12T09:00:00Z'));
    const statement = 'Prioritise security alerts within the queue’s time targets for escalation or closure.';
    let doc = update(approvedSample(), ID.outcome.triage, { statement }, clock);
    const dropped = applyCommand(doc, { name: 'link.delete', payload: { ids: [`ln_${ID.outcome.triage}-${ID.assessment.socPortfolio}`] } }, { stamp: clock.next() });
    if (!dropped.ok) throw new Error(dropped.refusal.message);
    doc = dropped.doc;
    const rows = tableRows(tablesWithHeader(bodyOf(await spec(doc, { against: 'rv_1' })), 'Item')[0]!);
    const items = rows.slice(1).map((r) => r[0]);
    expect(items).toContain(`Outcome: LO3 ${statement}`);
    expect(rows.find((r) => r[0] === `Outcome: LO3 ${statement}`)?.slice(1, 3)).toEqual(['Statement', 'Prioritise security alerts by severity, asset criticality and threat context for escalation or closure.']);
    expect(items).toContain('Link: LO3 is assessed by “SOC simulation portfolio”');
    expect(items.join('\n')).not.toMatch(/^Outcome: Prioritise/m);
  });

  it('says so when nothing changed', async () => {
    const all = text(bodyOf(await spec(approvedSample(), { against: 'Approved by UCC' })));
    expect(all).toContain('Summary of changes since approval');
    expect(all).toContain('No changes since Approved by UCC.');
  });

  it('is left out against a revision no approval pinned', async () => {
    expect(text(bodyOf(await spec(approvedSample(), { against: REVISION })))).not.toContain('Summary of changes since approval');
  });
});

describe('content at a named revision', () => {
  /** Faculty review (sample) → "Second draft" (criteria reworded by the advisor, workload 600) → now (title changed again). */
  function twoRevisions(): McredDocument {
    const clock = new TestClock(ID.person.designer, 'test0005', Date.parse('2026-04-01T09:00:00Z'));
    let doc = update(sampleDoc(), ID.outcome.detect, { statement: 'Analyse packet captures and logs to detect indicators of compromise quickly' }, clock, ID.person.advisor);
    doc = update(doc, CRED, { workloadHours: 600 }, clock);
    doc = revise(doc, 'rv_second', 'Second draft', '2026-04-02T12:00:00Z', ID.person.designer, clock);
    doc = update(doc, CRED, { workloadHours: 650, title: 'SOC Analyst Certificate' }, clock);
    return doc;
  }

  it('shows the revision\'s content, with the changes between the two revisions tracked', async () => {
    const doc = twoRevisions();
    const body = bodyOf(await spec(doc, { at: 'Second draft', against: REVISION }));
    const all = text(body);
    expect(all).toContain('Cybersecurity Analyst Professional Certificate');
    expect(all).not.toContain('SOC Analyst Certificate');
    expect(all).toContain('Content as of');
    expect(readAll(body, 'w:ins').length).toBeGreaterThan(0);
    expect(readAll(body, 'w:del').length).toBeGreaterThan(0);
    const marks = byName(ours(body));
    expect(marks.get(anchorName(CRED, 'workloadHours', 1))!.text).toBe('600');
  });

  it('attributes a change still as it was to its stamp, and one changed since to the revision', async () => {
    const doc = twoRevisions();
    const body = bodyOf(await spec(doc, { at: 'rv_second', against: REVISION }));
    const changesIn = (record: string, field: string) => trackedIn(body, anchorName(record, field, 1));
    // The outcome statement is now what it was at "Second draft": Ana Lopez's stamp dates it.
    expect(new Set(changesIn(ID.outcome.detect, 'statement').map((c) => c.attrs['w:author']))).toEqual(new Set(['Ana Lopez']));
    // The workload changed again after "Second draft": no stamp of that time is left, the revision dates it.
    const workload = changesIn(CRED, 'workloadHours');
    expect(workload.length).toBeGreaterThan(0);
    for (const c of workload) {
      expect(c.attrs['w:author']).toBe('Dr. Maya Chen');
      expect(c.attrs['w:date']).toBe('2026-04-02T12:00:00Z');
    }
  });

  it('refuses a revision that does not exist, with the names of those there are', async () => {
    const attempt = spec(sampleDoc(), { at: 'rv_nope' });
    await expect(attempt).rejects.toThrow(ExportError);
    await expect(attempt).rejects.toThrow(/"Sent to faculty review" \(rv_facultyreview\)/);
  });
});

/** Every element called `name` under `el`. */
function readAll(el: El, name: string): El[] {
  const out: El[] = [];
  const visit = (e: El) => {
    if (e.name === name) out.push(e);
    for (const c of e.children) if (typeof c !== 'string') visit(c);
  };
  visit(el);
  return out;
}

/** The w:ins and w:del between the start and the end of the bookmark called `name`. */
function trackedIn(body: El, name: string): El[] {
  let id: string | undefined;
  const out: El[] = [];
  const visit = (e: El) => {
    if (e.name === 'w:bookmarkStart' && e.attrs['w:name'] === name) id = e.attrs['w:id'];
    else if (e.name === 'w:bookmarkEnd' && e.attrs['w:id'] === id) id = undefined;
    else if (id !== undefined && (e.name === 'w:ins' || e.name === 'w:del')) out.push(e);
    for (const c of e.children) if (typeof c !== 'string') visit(c);
  };
  visit(body);
  return out;
}
