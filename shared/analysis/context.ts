import type { Activity, Assessment, Credential, LinkOfKind, McredDocument, Outcome, ProfileId, Settings, Skill } from '../model';

type AddressesLink = LinkOfKind<'addresses'>;
import { classifyOutcome, type BloomClassification } from './bloom/classify';
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
  credential(c: Credential): CredentialView;
  /** The classification of an outcome's statement (memoised across runs). */
  bloom(outcome: Outcome): BloomClassification;
  outcome(id: string): Outcome | undefined;
  skill(id: string): Skill | undefined;
  credentialById(id: string): Credential | undefined;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T) => cmp(a.id, b.id);

/**
 * Classifications kept between runs: by outcome record (records are immutable, so an
 * unchanged outcome is the same object), then by statement text.
 */
export class BloomCache {
  private readonly byRecord = new WeakMap<Outcome, BloomClassification>();
  private readonly byStatement = new Map<string, BloomClassification>();

  get(outcome: Outcome): BloomClassification {
    let c = this.byRecord.get(outcome);
    if (c) return c;
    c = this.byStatement.get(outcome.statement);
    if (!c) {
      if (this.byStatement.size > 100_000) this.byStatement.clear();
      c = classifyOutcome(outcome.statement);
      this.byStatement.set(outcome.statement, c);
    }
    this.byRecord.set(outcome, c);
    return c;
  }
}

/** The context of one run (full or incremental). */
export class RunContext implements RuleContext {
  readonly settings: Settings;
  private readonly views = new Map<string, CredentialView>();

  constructor(
    readonly doc: McredDocument,
    readonly graph: MapGraph,
    readonly profiles: ReadonlySet<ProfileId>,
    private readonly cache: BloomCache,
  ) {
    this.settings = doc.settings;
  }

  bloom(outcome: Outcome): BloomClassification {
    return this.cache.get(outcome);
  }

  outcome(id: string): Outcome | undefined {
    const e = this.doc.entities[id];
    return e?.kind === 'outcome' ? e : undefined;
  }

  skill(id: string): Skill | undefined {
    const e = this.doc.entities[id];
    return e?.kind === 'skill' ? e : undefined;
  }

  credentialById(id: string): Credential | undefined {
    const e = this.doc.entities[id];
    return e?.kind === 'credential' ? e : undefined;
  }

  assessment(id: string): Assessment | undefined {
    const e = this.doc.entities[id];
    return e?.kind === 'assessment' ? e : undefined;
  }

  activity(id: string): Activity | undefined {
    const e = this.doc.entities[id];
    return e?.kind === 'activity' ? e : undefined;
  }

  credential(c: Credential): CredentialView {
    let v = this.views.get(c.id);
    if (!v || v.credential !== c) {
      v = buildView(this, c);
      this.views.set(c.id, v);
    }
    return v;
  }
}

function buildView(ctx: RunContext, credential: Credential): CredentialView {
  const { graph } = ctx;
  const parts: { outcome: Outcome; order: number }[] = [];
  for (const l of graph.to(credential.id, 'part-of')) {
    const o = ctx.outcome(l.from);
    if (o) parts.push({ outcome: o, order: l.order ?? Number.MAX_SAFE_INTEGER });
  }
  parts.sort((a, b) => a.order - b.order || cmp(a.outcome.code ?? '', b.outcome.code ?? '') || byId(a.outcome, b.outcome));
  const outcomes = parts.map((p) => p.outcome);
  const unassessed: Outcome[] = [];
  const assessments = new Map<string, Assessment>();
  const activities = new Map<string, Activity>();
  const skillLinks: { link: AddressesLink; skill: Skill; outcome: Outcome }[] = [];
  for (const o of outcomes) {
    let assessed = false;
    for (const l of graph.from(o.id, 'assessed-by')) {
      const a = ctx.assessment(l.to);
      if (!a) continue;
      assessed = true;
      assessments.set(a.id, a);
    }
    if (!assessed) unassessed.push(o);
    for (const l of graph.to(o.id, 'develops')) {
      const a = ctx.activity(l.from);
      if (a) activities.set(a.id, a);
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
    assessments: [...assessments.values()].sort(byId),
    activities: [...activities.values()].sort(byId),
    skillLinks,
    hours: hours ?? credential.workloadHours,
  };
}
