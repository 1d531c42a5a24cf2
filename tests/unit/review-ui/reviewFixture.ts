import { applyCommand, type CommandCall } from '../../../shared/commands';
import { formatStamp, makeClock, type McredDocument, type Outcome } from '../../../shared/model';
import { reviewText } from '../../../shared/review/fields';
import { createSampleDocument } from '../../../shared/sample';

/**
 * The built-in example map after a faculty review came back: two reviewers, four proposed
 * changes (one of them in conflict, because the designer changed the field after the
 * review copy was made), a comment thread and two items no field could take. Built with
 * the real commands, so it is what `review.import` would leave; unit tests and the e2e
 * spec (written to a .mcred) share it until the real reader lands.
 */
export const FIX = {
  reviewId: 'rw_faculty1',
  file: 'Cyber spec – reviewed RO SW.docx',
  ruth: { id: 'pe_rokafor', name: 'Ruth Okafor' },
  sam: { id: 'pe_swhitfield', name: 'Sam Whitfield' },
  designer: 'pe_mchen',
  /** Accept this one: the statement of outcome 1, by Ruth. */
  detect: { id: 'pp_detect', target: 'lo_analyst1', field: 'statement' },
  /** Reject this one: the credential's quality assurance, by Ruth. */
  qa: { id: 'pp_qa', target: 'mc_analyst', field: 'qualityAssurance' },
  /** In conflict: Sam's criteria for outcome 3, changed by the designer since. */
  triage: { id: 'pp_triage', target: 'lo_analyst3', field: 'criteria' },
  /** Open: Sam's statement for outcome 7. */
  report: { id: 'pp_report', target: 'lo_analyst7', field: 'statement' },
  newDetect: 'Analyse packet captures, host logs and cloud audit trails to identify indicators of compromise in a simulated security operations centre.',
  newQa: 'Approved through the University’s curriculum governance; external review by the Cybersecurity Industry Advisory Board every year.',
  newTriage: 'Triages 40 alerts in 90 minutes with no more than 10% misclassified.',
  designerTriage: 'Triages a queue of 40 alerts within 90 minutes, escalating every true positive.',
  newReport: 'Compose an incident report and an executive briefing that communicate findings, business impact and recommended actions to non-technical leaders.',
} as const;

const at = (iso: string) => Date.parse(iso);

export function reviewedSample(): McredDocument {
  let doc = createSampleDocument();
  let clock = makeClock('fixture01', at('2026-03-12T09:00:00Z'));
  const run = (call: CommandCall, author: string, when: string) => {
    clock = makeClock('fixture01', at(when));
    const r = applyCommand(doc, call, { stamp: formatStamp(clock, author) });
    if (!r.ok) throw new Error(`fixture: ${call.name} refused: ${r.refusal.message}`);
    doc = r.doc;
  };
  const before = (target: string, field: string) => reviewText(doc.entities[target]!, field);
  const proposal = (p: { id: string; target: string; field: string }, after: string, author: string, when: string) => ({
    ...p,
    review: FIX.reviewId,
    before: before(p.target, p.field),
    after,
    author,
    at: when,
    status: 'open' as const,
  });
  run(
    {
      name: 'review.import',
      payload: {
        review: {
          id: FIX.reviewId,
          file: FIX.file,
          at: '2026-03-12T09:00:00Z',
          importedBy: FIX.designer,
          revision: 'rv_facultyreview',
          credential: 'mc_analyst',
          reviewers: [FIX.ruth.id, FIX.sam.id],
          fingerprint: 'fixture1',
          counts: { changes: 4, comments: 2, unplaced: 2 },
          unplaced: [
            { kind: 'comment', text: 'Please add a reading list for the capstone.', where: 'Cover page', author: FIX.ruth.name },
            { kind: 'paragraph', text: 'Consider a week on OT/ICS monitoring.', where: '4 Alignment matrix, table 1', author: FIX.sam.name },
          ],
        },
        people: [
          { id: FIX.ruth.id, name: FIX.ruth.name, organisation: 'Faculty of Engineering', role: 'reviewer' },
          { id: FIX.sam.id, name: FIX.sam.name, organisation: 'School of Computing', role: 'reviewer' },
        ],
        comments: [
          { id: 'cm_review1', target: FIX.detect.target, field: 'statement', author: FIX.ruth.id, at: '2026-03-05T11:00:00Z', body: 'Cloud audit trails are where most of our graduates will look first.' },
          { id: 'cm_review2', target: FIX.detect.target, author: FIX.sam.id, at: '2026-03-06T08:20:00Z', body: 'Agreed, but keep host logs.', replyTo: 'cm_review1' },
        ],
        proposals: [
          proposal(FIX.detect, FIX.newDetect, FIX.ruth.id, '2026-03-05T10:42:00Z'),
          proposal(FIX.qa, FIX.newQa, FIX.ruth.id, '2026-03-05T10:55:00Z'),
          proposal(FIX.triage, FIX.newTriage, FIX.sam.id, '2026-03-06T08:10:00Z'),
          proposal(FIX.report, FIX.newReport, FIX.sam.id, '2026-03-06T08:15:00Z'),
        ],
      },
    } as CommandCall,
    FIX.designer,
    '2026-03-12T09:00:00Z',
  );
  // The designer rewrote outcome 3's criteria after the copy went out: Sam's change now conflicts.
  run({ name: 'entity.update', payload: { id: FIX.triage.target, changes: { criteria: FIX.designerTriage } } } as CommandCall, FIX.designer, '2026-03-12T14:30:00Z');
  return doc;
}

export function outcome(doc: McredDocument, id: string): Outcome {
  return doc.entities[id] as Outcome;
}
