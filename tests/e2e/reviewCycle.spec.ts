import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseDocument, serialiseDocument } from '../../shared/format';
import type { McredDocument, Outcome, Skill } from '../../shared/model';
import { createSampleDocument } from '../../shared/sample';
import { ID } from '../../shared/sample/example/ids';
import { hasLibreOffice, libreOfficeMissing, reviewWithLibreOffice, type ReviewOp } from '../helpers/libreoffice';
import { ReadinessPage } from './pages/readiness';
import { ReviewCyclePage } from './pages/reviewCycle';
import { useHostPerTest } from './support/browserHost';

/**
 * The whole review cycle as a user goes through it, with a real reviewer: Dr. Maya Chen
 * (the example's designer) exports the analyst certificate's Word specification, recorded
 * as a revision; Rita Howard reviews it in LibreOffice (driven through UNO:
 * tests/helpers/libreoffice) — a tracked replace and insertion in an outcome statement, an
 * untracked edit of a skill statement, a comment on the outcome and one on the cover —;
 * Maya imports the review, decides the proposals (with an undo), records the committee's
 * approval and saves. The saved file must hold exactly that.
 */
const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const ME = { personId: 'pe_mchen', name: 'Dr. Maya Chen', organisation: 'Northfield State University, School of Computing' };
const REVIEWER = 'Rita Howard';
const CREDENTIAL = 'Cybersecurity Analyst Professional Certificate';
const REVISION = 'Sent to faculty review (May)';
const UCC = 'University Curriculum Committee';
const MINUTE = 'UCC 2026/14, item 7';
const OUTCOME_COMMENT = 'Is this measurable within the lab time?';
const COVER_COMMENT = 'Please name the owning faculty on the cover.';

const available = hasLibreOffice();
if (!available) console.warn(`reviewCycle: skipped, LibreOffice cannot be driven here: ${libreOfficeMissing().join('; ')}`);

const session = useHostPerTest();

async function onDisk(path: string): Promise<McredDocument> {
  const parsed = parseDocument(await readFile(path));
  if (!parsed.ok) throw new Error(`${path} does not load: ${parsed.problems[0]?.message}`);
  return parsed.doc;
}

test('export a review copy, review it in LibreOffice, import, decide, approve and save', async ({ page }) => {
  test.skip(!available, `LibreOffice cannot be driven here: ${libreOfficeMissing().join('; ')}`);
  test.setTimeout(240_000);

  const example = createSampleDocument();
  const outcome = example.entities[ID.outcome.detect] as Outcome;
  const skill = example.entities[ID.skill.threats] as Skill;
  const words = outcome.statement.replace(/\.$/, '').split(' ');
  const verb = words[0]!;
  const reviewed = `Investigate ${outcome.statement.slice(verb.length + 1, -1)} under time pressure.`;

  // 1. The example map, saved as a file, opened by Dr. Maya Chen.
  const mapPath = await session.folder.write('example.mcred', serialiseDocument(example));
  const host = await session.start(['--data-dir', await session.folder.dataDir({ identity: ME }), mapPath]);
  const map = new ReviewCyclePage(page);
  await map.open(host.url);

  // 2. The Word specification, recorded as the revision sent out.
  const copy = join(session.folder.path, 'Cyber spec.docx');
  await map.exportSpecification(CREDENTIAL, copy, REVISION);
  await map.openRevisions();
  const sent = map.row(REVISION);
  await expect(sent).toHaveCount(1);
  await expect(sent).toContainText(ME.name);
  const sentId = await sent.getAttribute('data-revision');
  expect(sentId).toMatch(/^rv_[a-z0-9]+$/);
  await map.revisions.getByRole('button', { name: 'Close revisions' }).click();

  // 3. Rita Howard reviews the copy in LibreOffice and saves reviewed.docx.
  const middle = words.slice(1, 5).join(' ');
  const ops: ReviewOp[] = [
    { op: 'replace', in: middle, find: verb, with: 'Investigate', track: true },
    { op: 'insert', in: middle, after: words.at(-1)!, text: ' under time pressure', track: true },
    { op: 'insert', in: skill.statement, after: skill.statement, text: ' and threat actors', track: false },
    { op: 'comment', in: middle, text: OUTCOME_COMMENT },
    { op: 'comment', in: 'Micro-credential specification', text: COVER_COMMENT },
  ];
  const reviewedPath = join(session.folder.path, 'reviewed.docx');
  await writeFile(reviewedPath, await reviewWithLibreOffice(new Uint8Array(await readFile(copy)), ops, REVIEWER));

  // 4. File ▸ Import Review…: the summary says who, what and from which revision.
  const summary = await map.chooseReview(reviewedPath);
  await expect(map.fact(summary, 'Reviewers')).toHaveText(REVIEWER);
  await expect(map.fact(summary, 'Holds')).toHaveText('2 proposed changes, 1 comment, 1 not placed');
  await expect(map.fact(summary, 'Made from')).toHaveText(new RegExp(`^${REVISION.replace(/[()]/g, '\\$&')} \\(`));
  await map.review.dialog.getByRole('button', { name: 'Import' }).click();
  await expect(map.review.dialog).toBeHidden();

  // 5. The Review panel: both proposals with the difference marked, the cover comment not placed.
  const review = map.review;
  await expect(review.panel).toBeVisible();
  await expect(review.proposals).toHaveCount(2);
  await expect(review.panel).toContainText('2 changes to decide');
  const outcomeChange = review.proposal(outcome.id, 'statement');
  const skillChange = review.proposal(skill.id, 'statement');
  await expect(outcomeChange).toHaveAttribute('data-state', 'open');
  await expect(outcomeChange).toContainText(REVIEWER);
  await expect(outcomeChange.locator('del')).toContainText(verb);
  await expect(outcomeChange.locator('ins').first()).toContainText('Investigate');
  await expect(outcomeChange.locator('ins').last()).toContainText('under time pressure');
  await expect(skillChange).toHaveAttribute('data-state', 'open');
  await expect(skillChange.locator('ins')).toContainText('and threat actors');
  await expect(skillChange.locator('del')).toHaveCount(0);
  await expect(review.record(outcome.id)).toContainText('1 comment from reviewers');
  const unplaced = review.panel.getByTestId('unplaced-item');
  await expect(unplaced).toHaveCount(1);
  await expect(unplaced).toContainText('Cover page');
  await expect(unplaced).toContainText(COVER_COMMENT);
  await expect(unplaced).toContainText(REVIEWER);
  await expect(review.panel.getByTestId('review-imports')).toContainText('reviewed.docx');
  if (process.env.UPDATE_SCREENSHOTS) {
    // The docs image, before deciding: readiness folded away for room, and a taller window
    // (as review.spec.ts does) so both proposals and the Not placed list show.
    await new ReadinessPage(page).toggle.click();
    await page.setViewportSize({ width: 1280, height: 1120 });
    await page.screenshot({ path: join(SHOTS, 'review-panel-libreoffice.png') });
    await page.setViewportSize({ width: 1280, height: 820 });
  }

  // Reject the skill's change, accept the outcome's (in this order, so one undo takes back the acceptance).
  await map.decision(skillChange, 'Reject').click();
  await map.decision(outcomeChange, 'Accept').click();
  await expect(review.proposals).toHaveCount(0);
  await expect(review.panel).toContainText('Nothing to decide');
  await expect(map.saveState).toHaveText('Edited');

  // The outcome, selected from the panel: the reviewer's statement, and her comment in the inspector.
  await review.showAll();
  await expect(outcomeChange).toHaveAttribute('data-state', 'accepted');
  await expect(outcomeChange).toContainText(`Accepted by ${ME.name}`);
  await expect(skillChange).toHaveAttribute('data-state', 'rejected');
  await review.record(outcome.id).getByRole('button', { name: 'Show comments' }).click();
  await expect(map.title).toHaveText(reviewed);
  await expect(map.field('Statement')).toHaveValue(reviewed);
  await expect(map.comments).toContainText(OUTCOME_COMMENT);
  await expect(map.comments).toContainText(REVIEWER);

  // 6. Undo (Ctrl+Z; the focus is on the panel's "Show comments", not in a text field): the statement is back, the proposal open again; accept it again.
  await map.undo();
  await expect(outcomeChange).toHaveAttribute('data-state', 'open');
  await expect(skillChange).toHaveAttribute('data-state', 'rejected');
  await expect(map.field('Statement')).toHaveValue(outcome.statement);
  await expect(map.node(outcome.statement)).toHaveCount(1);
  await expect(map.node(reviewed)).toHaveCount(0);
  await map.decision(outcomeChange, 'Accept').click();
  await expect(outcomeChange).toHaveAttribute('data-state', 'accepted');
  await expect(map.node(reviewed)).toHaveCount(1);

  // 7. The committee's decision: In review → Approved, with body and minute, pinning a revision.
  await review.panel.getByRole('button', { name: 'Close review panel' }).click();
  await map.command('fit', 'Fit Map');
  await map.select(CREDENTIAL);
  await map.approvals.scrollIntoViewIfNeeded();
  await expect(map.approvals).toContainText('In review');
  await map.recordStep('Approved', { body: UCC, minute: MINUTE });
  const step = map.approvalRecords.last();
  await expect(step).toContainText('In review → Approved');
  await expect(step).toContainText(UCC);
  await expect(step).toContainText(MINUTE);
  await expect(step).toContainText(ME.name);
  await map.openRevisions();
  await expect(map.row(REVISION)).toHaveCount(1);
  const pinned = map.rows.filter({ hasText: `Approved by ${UCC}, ` });
  await expect(pinned).toHaveCount(1);
  await expect(pinned.locator('.rv-approved__badge')).toHaveText('Approved');
  const pinnedId = await pinned.getAttribute('data-revision');
  await map.revisions.getByRole('button', { name: 'Close revisions' }).click();

  // 8. Save, and read the file as saved.
  await map.save();
  const saved = await onDisk(mapPath);
  const rita = Object.values(saved.people).filter((p) => p.name === REVIEWER);
  expect(rita).toEqual([expect.objectContaining({ role: 'reviewer' })]);
  expect((saved.entities[outcome.id] as Outcome).statement).toBe(reviewed);
  expect(saved.meta.stamps[outcome.id]!.statement).toMatch(new RegExp(`@${rita[0]!.id}$`));
  expect((saved.entities[skill.id] as Skill).statement).toBe(skill.statement);
  const proposals = Object.values(saved.proposals);
  expect(proposals).toHaveLength(2);
  expect(proposals.find((p) => p.target === outcome.id)).toMatchObject({ field: 'statement', status: 'accepted', decidedBy: ME.personId, author: rita[0]!.id, after: reviewed });
  expect(proposals.find((p) => p.target === skill.id)).toMatchObject({ field: 'statement', status: 'rejected', decidedBy: ME.personId, after: `${skill.statement} and threat actors` });
  const reviews = Object.values(saved.reviews);
  expect(reviews).toEqual([expect.objectContaining({ file: 'reviewed.docx', revision: sentId, credential: ID.credential.analyst, importedBy: ME.personId, reviewers: [rita[0]!.id] })]);
  expect(Object.values(saved.comments)).toContainEqual(expect.objectContaining({ target: outcome.id, author: rita[0]!.id, body: OUTCOME_COMMENT }));
  const approvals = Object.values(saved.approvals).filter((a) => a.credential === ID.credential.analyst);
  expect(approvals).toEqual([expect.objectContaining({ status: 'approved', decision: 'approved', body: UCC, minute: MINUTE, author: ME.personId, revision: expect.any(String) })]);
  expect(approvals[0]!.revision).toBe(pinnedId);
  expect(saved.revisions[pinnedId!]).toBeDefined();
  expect(saved.revisions[sentId!]).toMatchObject({ name: REVISION, author: ME.personId });
  expect((saved.entities[ID.credential.analyst] as { status: string }).status).toBe('approved');
});
