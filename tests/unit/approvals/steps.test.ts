import { describe, expect, it } from 'vitest';
import { approvalRows } from '../../../renderer/src/features/approvals/model/history';
import { allowedSteps, approvalCall, stepLabel, type StepInput } from '../../../renderer/src/features/approvals/model/steps';
import { applyCommand, type CommandCall } from '../../../shared/commands';
import type { Approval, McredDocument } from '../../../shared/model';
import { createSampleDocument } from '../../../shared/sample';
import { ID } from '../../../shared/sample/example/ids';
import { nextStamp } from '../../helpers/builders';
import { seededRandom } from '../../helpers/json';

const CLOUD = ID.credential.cloud;
const input = (over: Partial<StepInput>): StepInput => ({ credential: CLOUD, status: 'in-review', body: '', conditions: '', minute: '', revisionName: '', ...over });
let seed = 0;
const env = (iso: string) => ({ now: new Date(iso), random: seededRandom(++seed) });

function run(doc: McredDocument, call: CommandCall): McredDocument {
  const result = applyCommand(doc, call, { stamp: nextStamp() });
  if (!result.ok) throw new Error(result.refusal.message);
  return result.doc;
}

function callOf(built: ReturnType<typeof approvalCall>): CommandCall {
  if (!built.ok) throw new Error(built.message);
  return built.call;
}

describe('the steps a credential may take', () => {
  it('offers only what its status allows, labelled as steps, with decisions flagged', () => {
    expect(allowedSteps('draft').map((s) => [s.label, s.becomes, s.decision])).toEqual([
      ['Send for review', 'In review', false],
      ['Approved', 'Approved', true],
      ['Changes requested', 'Changes requested', true],
    ]);
    expect(allowedSteps('in-review').map((s) => s.status)).toEqual(['approved', 'changes-requested', 'draft']);
    expect(allowedSteps('retired').map((s) => s.label)).toEqual(['Back to draft']);
    expect(stepLabel('approved')).toBe('Record step: Approved');
  });
});

describe('building the approval.record call', () => {
  it('records a plain step without body, decision or minute, even if some were typed', () => {
    const call = callOf(approvalCall(input({ body: 'UCC', minute: 'x' }), 'pe_me', env('2026-03-12T09:00:00.000Z')));
    const { approval, revisionName } = call.payload as { approval: Approval; revisionName?: string };
    expect(approval).toEqual({ id: expect.stringMatching(/^ap_/), credential: CLOUD, status: 'in-review', at: '2026-03-12T09:00:00.000Z', author: 'pe_me' });
    expect(revisionName).toBeUndefined();
  });

  it('asks for the body of a decision, and for the name of the revision an approval pins', () => {
    expect(approvalCall(input({ status: 'changes-requested' }), 'pe_me', env('2026-03-12T09:00:00Z'))).toMatchObject({ ok: false, field: 'body' });
    expect(approvalCall(input({ status: 'approved', body: 'UCC', revisionName: ' ' }), 'pe_me', env('2026-03-12T09:00:00Z'))).toMatchObject({ ok: false, field: 'revisionName' });
    expect(approvalCall(input({ status: 'approved', body: 'UCC', minute: 'm'.repeat(201), revisionName: 'x' }), 'pe_me', env('2026-03-12T09:00:00Z'))).toMatchObject({ ok: false, field: 'minute' });
  });

  it('takes a credential through review to approval, pinning a revision, and the history reads it back', () => {
    let doc = createSampleDocument();
    const me = Object.values(doc.revisions)[0]!.author;
    doc = run(doc, callOf(approvalCall(input({}), me, env('2026-03-12T09:00:00.000Z'))));
    expect(doc.entities[CLOUD]).toMatchObject({ status: 'in-review' });
    const approve = input({ status: 'approved', body: ' University Curriculum Committee ', minute: 'UCC 2026/14', conditions: 'Review the cloud lab in a year.', revisionName: 'Approved by University Curriculum Committee, 14 Mar 2026' });
    doc = run(doc, callOf(approvalCall(approve, me, env('2026-03-14T15:30:00.000Z'))));
    expect(doc.entities[CLOUD]).toMatchObject({ status: 'approved' });

    const rows = approvalRows(doc, CLOUD);
    expect(rows.map((r) => [r.step, r.change])).toEqual([
      ['Send for review', 'Draft → In review'],
      ['Approved', 'In review → Approved'],
    ]);
    expect(rows[1]).toMatchObject({
      body: 'University Curriculum Committee',
      decision: 'Approved',
      minute: 'UCC 2026/14',
      conditions: 'Review the cloud lab in a year.',
      revision: 'Approved by University Curriculum Committee, 14 Mar 2026',
      recordedBy: doc.people[me]?.name,
    });
    expect(approvalRows(doc, ID.credential.analyst)).toEqual([]);
  });

  it('is refused by the command for a step the status does not allow', () => {
    const doc = createSampleDocument();
    const me = Object.values(doc.revisions)[0]!.author;
    const result = applyCommand(doc, callOf(approvalCall(input({ status: 'published' }), me, env('2026-03-12T09:00:00Z'))), { stamp: nextStamp() });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.message).toBe('a credential that is Draft cannot become Published');
  });
});
