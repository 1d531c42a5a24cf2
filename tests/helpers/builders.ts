import {
  applyCommand,
  createDocument,
  type ApplyResult,
  type CommandName,
  type CommandPayload,
  type CommandRefusal,
} from '../../shared/commands';
import {
  formatStamp,
  makeClock,
  tick,
  type Activity,
  type Assessment,
  type Clock,
  type Comment,
  type Credential,
  type Endorsement,
  type Entity,
  type Id,
  type LinkKind,
  type LinkOfKind,
  type McredDocument,
  type Outcome,
  type Person,
  type Program,
  type Settings,
  type Skill,
  type Stamp,
} from '../../shared/model';

/**
 * Builders for tests: each returns a valid record with readable defaults, and takes the
 * fields a test cares about as overrides. Ids default to a running sequence per prefix
 * (`sk_1`, `sk_2`, …) so that two builders never collide inside one test.
 */

/** The person every test map is created by. */
export const AUTHOR: Person = { id: 'pe_author', name: 'Ada Lovelace', role: 'designer' };
/** A second person, for endorsements, replies and attributions by someone else. */
export const ADVISOR: Person = { id: 'pe_advisor', name: 'Grace Hopper', organisation: 'Navy', role: 'advisor' };
export const MAP_ID = 'map_test';
/** 2026-01-01T00:00:00Z: the wall time of the stamp a test map is created with. */
export const EPOCH_MS = 1_767_225_600_000;

let sequence = 0;
/** A fresh id with the given prefix, unique within the test run. */
export function nextId(prefix: string): Id {
  sequence += 1;
  return `${prefix}_${sequence}`;
}

/**
 * A hybrid logical clock for tests: every `next()` is strictly later than the one before
 * (one millisecond apart) and names `author`.
 */
export class TestClock {
  private clock: Clock;
  private now: number;

  constructor(
    readonly author: Id = AUTHOR.id,
    replica = 'test0001',
    startMs = EPOCH_MS + 1,
  ) {
    this.clock = makeClock(replica, startMs - 1);
    this.now = startMs;
  }

  /** The next stamp, by `author` unless another person is named. */
  next(author: Id = this.author): Stamp {
    this.clock = tick(this.clock, this.now);
    this.now += 1;
    return formatStamp(this.clock, author);
  }
}

const sharedClock = new TestClock();

/** A stamp later than every stamp handed out before it (and than the one `makeMap` uses). */
export function nextStamp(author: Id = AUTHOR.id): Stamp {
  return sharedClock.next(author);
}

/** The stamp `makeMap()` creates its settings and author with: earlier than any `nextStamp()`. */
export const CREATED_STAMP: Stamp = formatStamp(makeClock('test0001', EPOCH_MS), AUTHOR.id);

export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return { title: 'Data Analytics micro-credentials', creditUnit: 'ects', profiles: ['eu-2022'], ...overrides };
}

export function makeSkill(overrides: Partial<Skill> = {}): Skill {
  return { id: nextId('sk'), kind: 'skill', statement: 'Clean and prepare tabular data', skillType: 'skill', importance: 'essential', ...overrides };
}

export function makeOutcome(overrides: Partial<Outcome> = {}): Outcome {
  return { id: nextId('lo'), kind: 'outcome', statement: 'Prepare a raw dataset for analysis', ...overrides };
}

export function makeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return { id: nextId('as'), kind: 'assessment', title: 'Data cleaning project', assessmentType: 'project', ...overrides };
}

export function makeActivity(overrides: Partial<Activity> = {}): Activity {
  return { id: nextId('ac'), kind: 'activity', title: 'Workshop: tidy data', deliveryMode: 'online', contactHours: 6, selfStudyHours: 12, ...overrides };
}

export function makeCredential(overrides: Partial<Credential> = {}): Credential {
  return { id: nextId('mc'), kind: 'credential', title: 'Data Wrangling', version: '1.0', status: 'draft', language: 'en', ...overrides };
}

export function makeProgram(overrides: Partial<Program> = {}): Program {
  return { id: nextId('pg'), kind: 'program', title: 'Graduate Certificate in Data Analytics', ...overrides };
}

export function makePerson(overrides: Partial<Person> = {}): Person {
  return { id: nextId('pe'), name: 'Katherine Johnson', role: 'reviewer', ...overrides };
}

type End = Id | { id: Id };
const idOf = (end: End): Id => (typeof end === 'string' ? end : end.id);

const LINK_DEFAULTS: { [K in LinkKind]: Partial<LinkOfKind<K>> } = {
  addresses: { level: 'introduced' },
  'assessed-by': {},
  develops: {},
  'part-of': {},
  'stacks-into': {},
  requires: {},
};

/** A link of `kind` between two entities (or their ids); `addresses` links default to level "introduced". */
export function makeLink<K extends LinkKind>(kind: K, from: End, to: End, extra: Partial<LinkOfKind<K>> = {}): LinkOfKind<K> {
  return { id: nextId('ln'), kind, from: idOf(from), to: idOf(to), ...LINK_DEFAULTS[kind], ...extra } as unknown as LinkOfKind<K>;
}

export function makeComment(target: End, overrides: Partial<Comment> = {}): Comment {
  return { id: nextId('cm'), target: idOf(target), author: AUTHOR.id, at: '2026-03-01T09:00:00Z', body: 'Is this level right?', ...overrides };
}

export function makeEndorsement(target: End, overrides: Partial<Endorsement> = {}): Endorsement {
  return { id: nextId('en'), target: idOf(target), person: ADVISOR.id, date: '2026-03-02', ...overrides };
}

/**
 * A map, created by `AUTHOR` with fixed id and settings; the given records are added with
 * commands (so they are stamped as a user would have made them). `ADVISOR` is among the people.
 */
export function makeMap(content: { entities?: readonly Entity[]; links?: readonly LinkOfKind<LinkKind>[]; settings?: Partial<Settings> } = {}): McredDocument {
  let doc = createDocument({ id: MAP_ID, settings: makeSettings(content.settings), author: AUTHOR, stamp: CREATED_STAMP });
  doc = apply(doc, 'person.upsert', { person: ADVISOR });
  for (const entity of content.entities ?? []) doc = apply(doc, 'entity.create', { entity });
  for (const link of content.links ?? []) doc = apply(doc, 'link.create', { link });
  return doc;
}

/** Applies a command that must be accepted; returns the whole result (patches included). */
export function applyOk<N extends CommandName>(doc: McredDocument, name: N, payload: CommandPayload<N>, stamp: Stamp = nextStamp()): Extract<ApplyResult, { ok: true }> {
  const result = applyCommand(doc, { name, payload }, { stamp });
  if (!result.ok) throw new Error(`${name} was refused (${result.refusal.code}): ${result.refusal.message}`);
  return result;
}

/** Applies a command that must be accepted and returns the new document. */
export function apply<N extends CommandName>(doc: McredDocument, name: N, payload: CommandPayload<N>, stamp: Stamp = nextStamp()): McredDocument {
  return applyOk(doc, name, payload, stamp).doc;
}

/** The refusal of a command that must be refused. Untyped, so tests can send malformed payloads. */
export function refusalOf(doc: McredDocument, name: string, payload: unknown, stamp: Stamp = nextStamp()): CommandRefusal {
  const result = applyCommand(doc, { name, payload }, { stamp });
  if (result.ok) throw new Error(`${name} was accepted but should have been refused`);
  return result.refusal;
}
