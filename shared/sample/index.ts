import { applyCommand, createDocument, type CommandName, type CommandPayload } from '../commands';
import { describeProblem, parseDocument, serialiseDocument } from '../format';
import { formatStamp, makeClock, tick, type Clock, type Entity, type Id, type McredDocument, type Stamp } from '../model';
import { ANALYST_ACTIVITIES, ANALYST_ASSESSMENTS, CLOUD_ACTIVITIES, CLOUD_ASSESSMENTS } from './example/assessments';
import { ANALYST_CERTIFICATE, BS_CYBERSECURITY, CLOUD_CREDENTIAL } from './example/credentials';
import { ID } from './example/ids';
import { layoutPositions } from './example/layout';
import { allLinks } from './example/links';
import { ADVISOR, DESIGNER, SETTINGS, TIMELINE } from './example/map';
import { ANALYST_OUTCOMES, CLOUD_OUTCOMES, REVISED_REMEDIATE_STATEMENT } from './example/outcomes';
import { ENDORSEMENTS, FACULTY_REVIEW_REVISION, OPEN_THREAD, RESOLVED_THREAD } from './example/review';
import { ANALYST_SKILLS, CLOUD_SKILLS } from './example/skills';

/** Every entity of the example, in the order the designer creates them. */
export const SAMPLE_ENTITIES: readonly Entity[] = [
  ANALYST_CERTIFICATE,
  CLOUD_CREDENTIAL,
  BS_CYBERSECURITY,
  ...ANALYST_OUTCOMES,
  ...CLOUD_OUTCOMES,
  ...ANALYST_SKILLS,
  ...CLOUD_SKILLS,
  ...ANALYST_ASSESSMENTS,
  ...CLOUD_ASSESSMENTS,
  ...ANALYST_ACTIVITIES,
  ...CLOUD_ACTIVITIES,
];

/** Wall time between two consecutive changes in the example's history. */
const STEP_MS = 20_000;

/** The editing session (HLC replica) of each author of the example. */
const REPLICA: Readonly<Record<Id, string>> = {
  [DESIGNER.id]: 'nsuchen01',
  [ADVISOR.id]: 'acmelopez01',
};

/**
 * Replays the example's history through the command layer with a fixed clock, so that
 * stamps, tombstones and integrity are exactly what the app itself would produce.
 */
class History {
  private current: McredDocument | undefined;
  private now = 0;
  private readonly clocks = new Map<Id, Clock>();

  /** Moves wall time forward to the start of a phase of the timeline. */
  at(iso: string): this {
    const ms = Date.parse(iso);
    if (!(ms > this.now)) throw new Error(`sample: the timeline goes backwards at ${iso}`);
    this.now = ms;
    return this;
  }

  /** The next change stamp by `author`, STEP_MS after the previous change. */
  stamp(author: Id): Stamp {
    this.now += STEP_MS;
    const replica = REPLICA[author];
    if (!replica) throw new Error(`sample: no replica for author ${author}`);
    const clock = tick(this.clocks.get(author) ?? makeClock(replica), this.now);
    this.clocks.set(author, clock);
    return formatStamp(clock, author);
  }

  /** The wall time of the latest stamp as an ISO date-time without milliseconds. */
  isoNow(): string {
    return new Date(this.now).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  begin(): void {
    this.current = createDocument({ id: ID.map, settings: SETTINGS, author: DESIGNER, stamp: this.stamp(DESIGNER.id) });
  }

  /** Applies one command as `author`; a refusal is a bug in the example, so it throws. */
  run<N extends CommandName>(author: Id, name: N, payload: CommandPayload<N>): void {
    if (!this.current) throw new Error('sample: begin() first');
    const result = applyCommand(this.current, { name, payload }, { stamp: this.stamp(author) });
    if (!result.ok) throw new Error(`sample: ${name} was refused: ${result.refusal.message}`);
    this.current = result.doc;
  }

  get doc(): McredDocument {
    if (!this.current) throw new Error('sample: begin() first');
    return this.current;
  }
}

/**
 * The built-in example map: "Cybersecurity Workforce Micro-Credentials" of the fictional
 * Northfield State University — a 12-credit-hour Cybersecurity Analyst Professional
 * Certificate and a 3-credit-hour Cloud Security Fundamentals credential that requires it,
 * both stacking into a B.S. in Cybersecurity; industry skills with verified framework
 * sources, outcomes, assessments, activities, advisor endorsements, comment threads and a
 * "Sent to faculty review" revision taken before the last edits.
 *
 * Deterministic: fixed ids, fixed dates and a fixed clock, so every call gives a document
 * that serialises to the same bytes. Each call returns a fresh, mutable copy.
 */
export function createSampleDocument(): McredDocument {
  const h = new History();
  const designer = DESIGNER.id;
  const advisor = ADVISOR.id;

  // 1. The designer builds the map.
  h.at(TIMELINE.build).begin();
  h.run(designer, 'person.upsert', { person: ADVISOR });
  const links = allLinks();
  const positions = layoutPositions(SAMPLE_ENTITIES, links);
  for (const entity of SAMPLE_ENTITIES) h.run(designer, 'entity.create', { entity, position: positions[entity.id] });
  for (const link of links) h.run(designer, 'link.create', { link });

  // 2. The industry advisor reviews it: endorsements and a first comment.
  h.at(TIMELINE.advisorReview);
  for (const e of ENDORSEMENTS) {
    h.run(advisor, 'endorsement.add', { endorsement: { id: e.id, target: e.target, person: advisor, date: e.date, note: e.note } });
  }
  const resolved = RESOLVED_THREAD;
  h.run(advisor, 'comment.add', { comment: { ...resolved.root, author: advisor, at: h.isoNow() } });

  // 3. The designer snapshots the map for the faculty curriculum committee.
  h.at(TIMELINE.facultyReview);
  h.run(designer, 'revision.create', { ...FACULTY_REVIEW_REVISION, at: TIMELINE.facultyReview, author: designer });

  // 4. Edits after the snapshot, for a tracked-changes export to show.
  h.at(TIMELINE.revise);
  h.run(designer, 'outcome.rewrite', { id: ID.outcome.remediate, statement: REVISED_REMEDIATE_STATEMENT });
  h.run(designer, 'comment.add', {
    comment: { id: resolved.reply.id, target: resolved.root.target, author: designer, at: h.isoNow(), body: resolved.reply.body, replyTo: resolved.root.id },
  });
  h.run(designer, 'comment.resolve', { id: resolved.root.id, resolved: true });
  h.run(designer, 'entity.update', { id: ID.credential.analyst, changes: { status: 'in-review' } });

  // 5. A new question from the advisor, answered but left open.
  h.at(TIMELINE.followUp);
  h.run(advisor, 'comment.add', { comment: { ...OPEN_THREAD.root, author: advisor, at: h.isoNow() } });
  h.at(TIMELINE.designerAnswer);
  h.run(designer, 'comment.add', {
    comment: { id: OPEN_THREAD.reply.id, target: OPEN_THREAD.root.target, author: designer, at: h.isoNow(), body: OPEN_THREAD.reply.body, replyTo: OPEN_THREAD.root.id },
  });

  // 6. Saved once, as every file is: copies of the example share this save, so merging
  // two of them reports as conflicts only what both changed since.
  const save = { id: 'sv_example', stamp: h.stamp(designer) };
  const saved: McredDocument = { ...h.doc, saves: { [save.id]: save } };

  // A round trip through the file format proves the example opens like any saved map,
  // and hands back a fresh copy that is not frozen by immer.
  const loaded = parseDocument(serialiseDocument(saved));
  if (!loaded.ok) throw new Error(`sample: the example does not load: ${loaded.problems.map(describeProblem).join('; ')}`);
  return loaded.doc;
}
