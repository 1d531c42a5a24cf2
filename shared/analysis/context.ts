import { recordReader, type Activity, type Assessment, type Credential, type Entity, type LinkOfKind, type McredDocument, type Outcome, type ProfileId, type Settings, type Skill } from '../model';

type AddressesLink = LinkOfKind<'addresses'>;
import { sharedStatementCache, type StatementCache } from './bloom/cache';
import type { BloomClassification } from './bloom/classify';
import { creditsToHours } from './credits';
import type { MapGraph } from './graph';

/** A credential with everything hanging off it, gathered once per run for all its rules. */
export interface CredentialView {
  readonly credential: Credential;
  /** Its learning outcomes (part-of links), in the credential's numbered order. */
  readonly outcomes: readonly Outcome[];
  /** Those of its outcomes that no assessment evidences. */
  readonly unassessed: readonly Outcome[];
  /** Distinct assessments of its outcomes, sorted by id. */
  readonly assessments: readonly Assessment[];
  /** Distinct activities developing its outcomes, sorted by id. */
  readonly activities: readonly Activity[];
  /** Skill → outcome links into its outcomes, with both ends, in the order of `outcomes`. */
  readonly skillLinks: readonly { readonly link: AddressesLink; readonly skill: Skill; readonly outcome: Outcome }[];
  /** Its size in notional hours: from its credits when they convert, else its stated workload. */
  readonly hours: number | undefined;
}

/** What a rule may read: the document, the index and memoised per-run views. */
export interface RuleContext {
  readonly doc: McredDocument;
  readonly settings: Settings;
  readonly graph: MapGraph;
  /** The profiles being checked. */
  readonly profiles: ReadonlySet<ProfileId>;
  /** The time date-dependent rules compare against (ms since the epoch), when the caller gave one. */
  readonly now: number | undefined;
  credential(c: Credential): CredentialView;
  /** The classification of an outcome's statement (memoised across runs and shared: read it, never change it). */
  bloom(outcome: Outcome): BloomClassification;
  outcome(id: string): Outcome | undefined;
  skill(id: string): Skill | undefined;
  credentialById(id: string): Credential | undefined;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T) => cmp(a.id, b.id);

/** The context of one run (full or incremental). */
export class RunContext implements RuleContext {
  settings: Settings;
  private readonly views = new Map<string, CredentialView>();
  /**
   * The last view and classification handed out: a subject's rules ask for the same one in
   * a row (about ten credential rules, four outcome-quality rules), so most calls skip the
   * map lookup.
   */
  private lastView: CredentialView | undefined;
  private lastStatement: string | undefined;
  private lastBloom: BloomClassification | undefined;

  constructor(
    public doc: McredDocument,
    readonly graph: MapGraph,
    readonly profiles: ReadonlySet<ProfileId>,
    readonly now: number | undefined = undefined,
    private readonly cache: StatementCache = sharedStatementCache,
  ) {
    this.settings = doc.settings;
    this.entity = recordReader(doc.entities);
  }

  /** Reads an entity of the current document (fast on persistent maps, see model/recordMap.ts). */
  private entity: (id: string) => Entity | undefined;

  /**
   * Points the context at the next version of its document (the graph has been updated to
   * it), forgetting the views built for the one before.
   */
  moveTo(doc: McredDocument): void {
    this.doc = doc;
    this.settings = doc.settings;
    this.entity = recordReader(doc.entities);
    this.views.clear();
    this.lastView = undefined;
  }

  bloom(outcome: Outcome): BloomClassification {
    const { statement } = outcome;
    if (statement !== this.lastStatement || !this.lastBloom) {
      this.lastStatement = statement;
      this.lastBloom = this.cache.get(statement);
    }
    return this.lastBloom;
  }

  outcome(id: string): Outcome | undefined {
    const e = this.entity(id);
    return e?.kind === 'outcome' ? e : undefined;
  }

  skill(id: string): Skill | undefined {
    const e = this.entity(id);
    return e?.kind === 'skill' ? e : undefined;
  }

  credentialById(id: string): Credential | undefined {
    const e = this.entity(id);
    return e?.kind === 'credential' ? e : undefined;
  }

  assessment(id: string): Assessment | undefined {
    const e = this.entity(id);
    return e?.kind === 'assessment' ? e : undefined;
  }

  activity(id: string): Activity | undefined {
    const e = this.entity(id);
    return e?.kind === 'activity' ? e : undefined;
  }

  credential(c: Credential): CredentialView {
    if (this.lastView?.credential === c) return this.lastView;
    let v = this.views.get(c.id);
    if (!v || v.credential !== c) {
      v = buildView(this, c);
      this.views.set(c.id, v);
    }
    this.lastView = v;
    return v;
  }
}

/** The numbered order of a credential's outcomes: the part-of link's order, then code, then id. */
function compareParts(a: Outcome, aOrder: number, b: Outcome, bOrder: number): number {
  return aOrder - bOrder || cmp(a.code ?? '', b.code ?? '') || byId(a, b);
}

/**
 * A credential's outcomes in numbered order. Part-of links are usually created in that
 * order already, so the outcomes are only sorted (through order/outcome pairs) when a
 * neighbouring pair is out of place.
 */
function orderedOutcomes(ctx: RunContext, credential: string): Outcome[] {
  const outcomes: Outcome[] = [];
  const orders: number[] = [];
  let sorted = true;
  for (const l of ctx.graph.to(credential, 'part-of')) {
    const o = ctx.outcome(l.from);
    if (!o) continue;
    const order = l.order ?? Number.MAX_SAFE_INTEGER;
    const n = outcomes.length;
    if (n && sorted && compareParts(outcomes[n - 1]!, orders[n - 1]!, o, order) > 0) sorted = false;
    outcomes.push(o);
    orders.push(order);
  }
  if (sorted) return outcomes;
  const parts = outcomes.map((outcome, i) => ({ outcome, order: orders[i]! }));
  parts.sort((a, b) => compareParts(a.outcome, a.order, b.outcome, b.order));
  return parts.map((p) => p.outcome);
}

/**
 * Adds `record` to `list`, kept sorted by id, unless it is there already (a record reached
 * through several outcomes is the same object). The lists are short, so a scan from the
 * end beats collecting, sorting (which copies) and deduplicating.
 */
function insertById<T extends { id: string }>(list: T[], record: T): void {
  let i = list.length;
  while (i > 0 && list[i - 1]!.id > record.id) i--;
  if (i > 0 && list[i - 1]!.id === record.id) return;
  // Shift the tail up by hand: `splice` would allocate an array of the (no) removed items.
  list.push(record);
  for (let j = list.length - 1; j > i; j--) list[j] = list[j - 1]!;
  list[i] = record;
}

function buildView(ctx: RunContext, credential: Credential): CredentialView {
  const { graph } = ctx;
  const outcomes = orderedOutcomes(ctx, credential.id);
  const unassessed: Outcome[] = [];
  const assessments: Assessment[] = [];
  const activities: Activity[] = [];
  const skillLinks: { link: AddressesLink; skill: Skill; outcome: Outcome }[] = [];
  for (const o of outcomes) {
    let assessed = false;
    for (const l of graph.from(o.id, 'assessed-by')) {
      const a = ctx.assessment(l.to);
      if (!a) continue;
      assessed = true;
      insertById(assessments, a);
    }
    if (!assessed) unassessed.push(o);
    for (const l of graph.to(o.id, 'develops')) {
      const a = ctx.activity(l.from);
      if (a) insertById(activities, a);
    }
    for (const l of graph.to(o.id, 'addresses')) {
      const s = ctx.skill(l.from);
      if (s) skillLinks.push({ link: l, skill: s, outcome: o });
    }
  }
  const hours = credential.credits ? creditsToHours(credential.credits, ctx.settings) : undefined;
  return {
    credential,
    outcomes,
    unassessed,
    assessments,
    activities,
    skillLinks,
    hours: hours ?? credential.workloadHours,
  };
}
