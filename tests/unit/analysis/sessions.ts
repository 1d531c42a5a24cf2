import fc from 'fast-check';
import { applyCommand, type ApplyResult } from '../../../shared/commands';
import { LINK_KINDS, LINK_RULES, type EntityKind, type McredDocument } from '../../../shared/model';
import { ADVISOR, AUTHOR, TestClock } from '../../helpers/builders';

/**
 * Editing sessions for the incremental-analysis properties: commands that matter to the
 * rules (statements with real verbs, importance and proficiency, link levels, weightings,
 * hours, credits, endorsements, an advisor's role), resolved against the document they are
 * applied to, so they land on real records.
 */

/** Outcome statements that exercise the outcome-quality rules. */
export const STATEMENTS = [
  'Understand firewalls',
  'Design and implement a segmented network',
  'Assess the risk of a phishing campaign',
  'Configure VLANs on a managed switch',
  'Describe common data types',
  'Network security fundamentals',
  'On completion, learners will be able to analyse logs and network traffic',
  'Be familiar with cloud IAM',
];

const credits = fc.record({ value: fc.constantFrom(1, 3, 5, 12, 30, 50), unit: fc.constantFrom('ects', 'us-credit-hour', 'nz-credit', 'other') });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const CHANGES: Record<EntityKind, fc.Arbitrary<Record<string, unknown>>> = {
  skill: fc.record({ importance: fc.constantFrom('essential', 'optional'), proficiency: maybe(fc.constantFrom('foundational', 'advanced', 'expert')) }, { requiredKeys: [] }),
  outcome: fc.record({ statement: fc.constantFrom(...STATEMENTS), bloomOverride: maybe(fc.constantFrom('remember', 'apply', 'create')), criteria: maybe(fc.constant('Criteria.')) }, { requiredKeys: [] }),
  assessment: fc.record({ weighting: maybe(fc.constantFrom(0, 30, 40, 60, 100)), supervision: maybe(fc.constant('online-proctored')), gradingScheme: maybe(fc.constant('pass-fail')) }, { requiredKeys: [] }),
  activity: fc.record({ contactHours: fc.constantFrom(0, 10, 45, 200), selfStudyHours: fc.constantFrom(0, 20, 90, 400) }, { requiredKeys: [] }),
  credential: fc.record(
    {
      title: fc.constantFrom('Data Wrangling', 'National Diploma of Data', 'SQL Basics'),
      credits: maybe(credits),
      workloadHours: maybe(fc.constantFrom(0.5, 50, 135, 300, 700)),
      awardingBody: maybe(fc.constant('Test University')),
      industryNeed: maybe(fc.constant('Employers asked.')),
      reviewCycleMonths: maybe(fc.constantFrom(6, 24)),
      stackability: maybe(fc.constant('Stacks.')),
      targetAudience: maybe(fc.constant('Analysts.')),
    },
    { requiredKeys: [] },
  ),
  program: fc.record({ totalCredits: maybe(credits) }, { requiredKeys: [] }),
};

const NEW: Record<EntityKind, fc.Arbitrary<Record<string, unknown>>> = {
  skill: fc.record({ statement: fc.constant('Write SQL'), skillType: fc.constant('skill'), importance: fc.constantFrom('essential', 'optional') }),
  outcome: fc.record({ statement: fc.constantFrom(...STATEMENTS) }),
  assessment: fc.record({ title: fc.constant('Quiz'), assessmentType: fc.constant('quiz') }),
  activity: fc.record({ title: fc.constant('Lab'), deliveryMode: fc.constant('online'), contactHours: fc.constantFrom(0, 45), selfStudyHours: fc.constantFrom(0, 90) }),
  credential: fc.record({ title: fc.constantFrom('SQL Basics', 'National Certificate'), version: fc.constant('1.0'), status: fc.constant('draft'), language: fc.constant('en') }),
  program: fc.record({ title: fc.constant('Certificate'), totalCredits: credits }),
};

const KINDS: readonly EntityKind[] = ['skill', 'outcome', 'assessment', 'activity', 'credential', 'program'];

export type SessionStep =
  | { op: 'create'; kind: EntityKind; fields: Record<string, unknown> }
  | { op: 'update'; kind: EntityKind; pick: number; changes: Record<string, unknown> }
  | { op: 'delete'; pick: number }
  | { op: 'link'; kind: (typeof LINK_KINDS)[number]; from: number; to: number; level: string; recognised: number }
  | { op: 'relink'; pick: number; level: string; recognised: number | null }
  | { op: 'unlink'; pick: number }
  | { op: 'endorse'; pick: number; advisor: boolean }
  | { op: 'unendorse'; pick: number }
  | { op: 'role'; role: 'advisor' | 'reviewer' }
  | { op: 'settings'; changes: Record<string, unknown> }
  | { op: 'step'; pick: number; status: string; at: string };

const kind = fc.constantFrom(...KINDS);
export const sessionStepArb: fc.Arbitrary<SessionStep> = fc.oneof(
  { weight: 3, arbitrary: kind.chain((k) => NEW[k].map((fields) => ({ op: 'create' as const, kind: k, fields }))) },
  { weight: 6, arbitrary: kind.chain((k) => fc.record({ op: fc.constant('update' as const), kind: fc.constant(k), pick: fc.nat(), changes: CHANGES[k] })) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('link' as const),
      kind: fc.constantFrom(...LINK_KINDS),
      from: fc.nat(),
      to: fc.nat(),
      level: fc.constantFrom('introduced', 'reinforced', 'mastered'),
      recognised: fc.constantFrom(1, 5, 12, 40),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('relink' as const), pick: fc.nat(), level: fc.constantFrom('introduced', 'mastered'), recognised: fc.option(fc.constantFrom(2, 50), { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('unlink' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('endorse' as const), pick: fc.nat(), advisor: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('unendorse' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('role' as const), role: fc.constantFrom('advisor' as const, 'reviewer' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('step' as const),
      pick: fc.nat(),
      status: fc.constantFrom('in-review', 'approved', 'changes-requested', 'published', 'retired', 'draft'),
      at: fc.constantFrom('2026-01-10T10:00:00Z', '2026-07-01T10:00:00Z', '2027-05-20T10:00:00Z'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('settings' as const), changes: fc.record({ hoursPerCredit: maybe(fc.constantFrom(20, 30)), creditUnit: fc.constantFrom('ects', 'us-credit-hour') }, { requiredKeys: [] }) }) },
);

export const sessionArb = fc.array(sessionStepArb, { maxLength: 40 });

function nth<T>(list: readonly T[], n: number): T | undefined {
  return list.length ? list[n % list.length] : undefined;
}

/** The command a step stands for in `doc`, or undefined when there is nothing to act on. */
export function resolve(doc: McredDocument, step: SessionStep, fresh: (prefix: string) => string): { name: string; payload: unknown } | undefined {
  const ofKind = (k: EntityKind) => Object.keys(doc.entities).filter((id) => doc.entities[id]!.kind === k);
  switch (step.op) {
    case 'create': {
      const prefix = { skill: 'sk', outcome: 'lo', assessment: 'as', activity: 'ac', credential: 'mc', program: 'pg' }[step.kind];
      return { name: 'entity.create', payload: { entity: { ...step.fields, id: fresh(prefix), kind: step.kind } } };
    }
    case 'update': {
      const id = nth(ofKind(step.kind), step.pick);
      return id ? { name: 'entity.update', payload: { id, changes: step.changes } } : undefined;
    }
    case 'delete': {
      const id = nth(Object.keys(doc.entities), step.pick);
      return id ? { name: 'entity.delete', payload: { ids: [id] } } : undefined;
    }
    case 'link': {
      const rule = LINK_RULES[step.kind];
      const from = nth(ofKind(rule.from), step.from);
      const to = nth(ofKind(rule.to), step.to);
      if (!from || !to) return undefined;
      const extra = step.kind === 'addresses' ? { level: step.level } : step.kind === 'stacks-into' ? { creditsRecognised: step.recognised } : {};
      return { name: 'link.create', payload: { link: { id: fresh('ln'), kind: step.kind, from, to, ...extra } } };
    }
    case 'relink': {
      const l = nth(Object.values(doc.links), step.pick);
      if (!l) return undefined;
      if (l.kind === 'addresses') return { name: 'link.update', payload: { id: l.id, changes: { level: step.level } } };
      if (l.kind === 'stacks-into') return { name: 'link.update', payload: { id: l.id, changes: { creditsRecognised: step.recognised } } };
      return undefined;
    }
    case 'unlink': {
      const l = nth(Object.keys(doc.links), step.pick);
      return l ? { name: 'link.delete', payload: { ids: [l] } } : undefined;
    }
    case 'endorse': {
      const target = nth([...ofKind('skill'), ...ofKind('credential')], step.pick);
      return target ? { name: 'endorsement.add', payload: { endorsement: { id: fresh('en'), target, person: step.advisor ? ADVISOR.id : AUTHOR.id, date: '2026-03-02' } } } : undefined;
    }
    case 'unendorse': {
      const id = nth(Object.keys(doc.endorsements), step.pick);
      return id ? { name: 'endorsement.remove', payload: { id } } : undefined;
    }
    case 'role':
      return { name: 'person.upsert', payload: { person: { ...ADVISOR, role: step.role } } };
    case 'settings':
      return { name: 'settings.update', payload: { changes: step.changes } };
    case 'step': {
      const credential = nth(ofKind('credential'), step.pick);
      if (!credential) return undefined;
      const decision = step.status === 'approved' || step.status === 'changes-requested' ? { decision: step.status, body: 'University Curriculum Committee' } : {};
      const approval = { id: fresh('ap'), credential, status: step.status, at: step.at, author: AUTHOR.id, ...decision };
      return { name: 'approval.record', payload: { approval, ...(step.status === 'approved' ? { revisionName: 'Approved' } : {}) } };
    }
  }
}

/** Applies a session to `doc`, calling `visit` after each accepted command. */
export function play(doc: McredDocument, steps: readonly SessionStep[], visit: (before: McredDocument, result: Extract<ApplyResult, { ok: true }>) => void): McredDocument {
  const clock = new TestClock(AUTHOR.id, 'sess0001');
  let n = 0;
  const fresh = (prefix: string) => `${prefix}_s${++n}`;
  for (const step of steps) {
    const call = resolve(doc, step, fresh);
    if (!call) continue;
    const result = applyCommand(doc, call, { stamp: clock.next() });
    if (!result.ok) continue;
    visit(doc, result);
    doc = result.doc;
  }
  return doc;
}
