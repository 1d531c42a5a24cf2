import { LINK_KINDS, SETTINGS_RECORD, type Entity, type Link, type McredDocument, type ProfileId } from '../model';
import { MAP_SUBJECT, collectAffected } from './affected';
import { RunContext } from './context';
import { MapGraph } from './graph';
import { rulesByScope, type RulesByScope } from './rules';
import { Tally, summarise, type CredentialCache } from './summary';
import type { AnalyseOptions, AnalysisResult, AnyRule, Emit, Finding, Issue, Rule, Scope, ScopeSubject } from './types';

/**
 * The engine's working state for one document: the index, the findings of each subject
 * (entity, link or the map) and running counts. A result owns it until it is handed to
 * `reanalyse`, which takes it over and updates it in place — so an incremental re-check
 * costs only what the edit touched. Reusing a result that was already handed on falls
 * back to a full run (same findings, just slower).
 */
interface EngineState {
  doc: McredDocument;
  readonly graph: MapGraph;
  readonly options: AnalyseOptions;
  readonly profiles: readonly ProfileId[];
  readonly rules: RulesByScope;
  /** Non-empty finding lists by subject id. */
  readonly bySubject: Map<string, readonly Finding[]>;
  readonly tally: Tally;
  /** Runs the rules; kept with the state and pointed at each new document by `reanalyse`. */
  readonly col: Collector;
  /** The credentials' published summaries, reused by the next `publish` when unchanged. */
  readonly summaries: CredentialCache;
  /**
   * All findings in one list, in the order of `bySubject` (a subject's findings stay where
   * they are when they change, go when it has none, come last when it has some again), kept
   * up to date by `rerun` instead of being gathered again for each result. Once a result
   * holds it (`shared`), the next change works on a copy.
   */
  findings: Finding[];
  shared: boolean;
}

const states = new WeakMap<AnalysisResult, EngineState>();
const optionsOf = new WeakMap<AnalysisResult, AnalyseOptions>();

/** Checks the whole map against the always-on rules and the given (or the map's) profiles. */
export function analyse(doc: McredDocument, options: AnalyseOptions = {}): AnalysisResult {
  return fullRun(doc, options);
}

function fullRun(doc: McredDocument, options: AnalyseOptions): AnalysisResult {
  const profiles = [...new Set(options.profiles ?? doc.settings.profiles)];
  const rules = rulesByScope(profiles);
  const graph = MapGraph.build(doc);
  const col = new Collector(new RunContext(doc, graph, new Set(profiles), options.now), rules);
  const state: EngineState = { doc, graph, options, profiles, rules, bySubject: new Map(), tally: new Tally(), col, summaries: new Map(), findings: [], shared: false };
  const keep = (id: string, found: readonly Finding[]) => {
    if (!found.length) return;
    state.bySubject.set(id, found);
    for (const f of found) state.findings.push(f);
    state.tally.add(found);
  };
  for (const id in doc.entities) {
    const e = doc.entities[id]!;
    if (e.kind === 'credential') graph.credentials.add(id);
    keep(id, col.entity(e));
  }
  // Links only of the kinds some rule looks at, straight from the index.
  for (const kind of LINK_KINDS) {
    const linkRules = rules.byLinkKind[kind];
    if (!linkRules.length) continue;
    for (const list of graph.byStart(kind)) for (const l of list) keep(l.id, col.link(l, linkRules));
  }
  keep(MAP_SUBJECT, col.map(doc));
  return publish(state);
}

/**
 * Re-checks after an edit: only the subjects whose scope touches `changedIds` (entity,
 * link, endorsement or person ids; `map` for the settings) and their neighbours. Gives
 * exactly the findings a full `analyse(doc)` would, provided `changedIds` names every
 * record that differs between the document `previous` was computed on and `doc`
 * (`changedIdsFromPatches` gives that from a command's patches).
 */
export function reanalyse(previous: AnalysisResult, doc: McredDocument, changedIds: Iterable<string>): AnalysisResult {
  const state = states.get(previous);
  const origin = optionsOf.get(previous);
  if (!state) return fullRun(doc, origin ?? {});
  states.delete(previous);
  const ids = [...changedIds];
  if (doc.settings !== state.doc.settings || ids.includes(SETTINGS_RECORD)) return fullRun(doc, state.options);

  const subjects = new Set<string>();
  collectAffected(state.doc, state.graph, ids, subjects, state.rules.reads);
  state.graph.update(state.doc, doc, ids);
  collectAffected(doc, state.graph, ids, subjects, state.rules.reads);
  state.doc = doc;
  state.col.ctx.moveTo(doc);
  for (const id of subjects) rerun(state, id);
  return publish(state, new Set(ids));
}

/** The result of the state as it stands; `changed` names the records edited since the last one (null: a full run). */
function publish(state: EngineState, changed: ReadonlySet<string> | null = null): AnalysisResult {
  state.shared = true;
  const result = summarise(state.findings, state.tally, state.graph, state.doc, state.profiles, state.summaries, changed);
  states.set(result, state);
  optionsOf.set(result, state.options);
  return result;
}

function rerun(state: EngineState, id: string): void {
  const old = state.bySubject.get(id);
  const found = state.col.subject(state.doc, id);
  // Most edits leave a subject's findings as they were: keep the list, the counts and the flat list.
  if (sameFindings(old ?? NO_FINDINGS, found)) return;
  if (state.shared) {
    state.findings = state.findings.slice();
    state.shared = false;
  }
  const at = old?.length ? state.findings.indexOf(old[0]!) : -1;
  if (at >= 0) state.findings.splice(at, old!.length, ...found);
  else for (const f of found) state.findings.push(f);
  if (old) state.tally.remove(old);
  if (found.length) {
    state.bySubject.set(id, found);
    state.tally.add(found);
  } else if (old) state.bySubject.delete(id);
  if (old?.length && at < 0) state.findings = [...state.bySubject.values()].flat(); // never expected: start the list afresh
}

/** A finding: the rule's id, severity and group with what its check reported (absent optional fields left out). */
function finding(rule: AnyRule, issue: Issue, credentials: readonly string[]): Finding {
  const { target, field, message, fix } = issue;
  return { rule: rule.id, severity: rule.severity, group: rule.group, target, ...(field === undefined ? {} : { field }), message, ...(fix === undefined ? {} : { fix }), credentials };
}

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.rule !== y.rule || x.severity !== y.severity || x.group !== y.group || x.target !== y.target || x.field !== y.field || x.message !== y.message || x.fix !== y.fix) return false;
    if (x.credentials.length !== y.credentials.length || x.credentials.some((c, j) => c !== y.credentials[j])) return false;
  }
  return true;
}

/**
 * Runs rules on one subject and gathers what they emit. One collector serves a whole run,
 * so no closure is made per subject or rule.
 */
class Collector {
  private rule: AnyRule | undefined;
  /** What the current subject's rules emitted; made on the first finding, since most subjects have none. */
  private found: Finding[] | undefined;
  private current = '';
  private kind: Scope = 'map';
  private credentials: readonly string[] | undefined;

  constructor(
    readonly ctx: RunContext,
    private readonly rules: RulesByScope,
  ) {}

  readonly emit: Emit = (issue) => {
    (this.found ??= []).push(finding(this.rule!, issue, this.credentialsFor(issue.target)));
  };

  private run<S extends Scope>(rules: readonly Rule<S>[], subject: ScopeSubject[S]): void {
    for (const rule of rules) {
      this.rule = rule as AnyRule;
      rule.check(subject, this.ctx, this.emit);
    }
  }

  /** The findings of one subject, by id (entity, link or `MAP_SUBJECT`); none when it no longer exists. */
  subject(doc: McredDocument, id: string): readonly Finding[] {
    if (id === MAP_SUBJECT) return this.map(doc);
    const e = doc.entities[id];
    if (e) return this.entity(e);
    const l = doc.links[id];
    return l ? this.link(l) : NO_FINDINGS;
  }

  entity(e: Entity): readonly Finding[] {
    const { rules } = this;
    this.begin(e.id, e.kind);
    if (e.kind === 'credential') this.run(rules.credential, e);
    else if (e.kind === 'outcome') this.run(rules.outcome, e);
    else if (e.kind === 'skill') this.run(rules.skill, e);
    else if (e.kind === 'assessment') this.run(rules.assessment, e);
    else if (e.kind === 'activity') this.run(rules.activity, e);
    else this.run(rules.program, e);
    return this.take();
  }

  link(l: Link, rules: readonly Rule<'link'>[] = this.rules.byLinkKind[l.kind]): readonly Finding[] {
    if (!rules.length) return NO_FINDINGS;
    this.begin(l.id, 'link');
    this.run(rules, l);
    return this.take();
  }

  map(doc: McredDocument): readonly Finding[] {
    this.begin(MAP_SUBJECT, 'map');
    this.run(this.rules.map, doc);
    return this.take();
  }

  private begin(subject: string, kind: Scope): void {
    this.current = subject;
    this.kind = kind;
    this.found = undefined;
    this.credentials = undefined;
  }

  private take(): readonly Finding[] {
    const f = this.found ?? NO_FINDINGS;
    this.found = undefined;
    return f;
  }

  private credentialsFor(target: string): readonly string[] {
    if (this.kind === 'map') return this.ctx.credentialById(target) ? [target] : [];
    this.credentials ??= credentialsOf(this.ctx, this.kind, this.current);
    return this.credentials;
  }
}

/**
 * The credentials outcome `outcome` is part of, added to `into` once each. The list is made
 * on the first one, at its exact size: most subjects reach one credential.
 */
function withCredentialsOf(ctx: RunContext, outcome: string, into: string[] | undefined): string[] | undefined {
  for (const l of ctx.graph.from(outcome, 'part-of')) {
    if (into?.includes(l.to) || !ctx.credentialById(l.to)) continue;
    if (into) into.push(l.to);
    else into = [l.to];
  }
  return into;
}

/** The credentials the findings of a subject count against (see `Finding.credentials`). */
function credentialsOf(ctx: RunContext, kind: Scope, id: string): string[] {
  const { graph } = ctx;
  let ids: string[] | undefined;
  switch (kind) {
    case 'credential':
      return [id];
    case 'outcome':
      ids = withCredentialsOf(ctx, id, ids);
      break;
    case 'skill':
      for (const l of graph.from(id, 'addresses')) ids = withCredentialsOf(ctx, l.to, ids);
      break;
    case 'assessment':
      for (const l of graph.to(id, 'assessed-by')) ids = withCredentialsOf(ctx, l.from, ids);
      break;
    case 'activity':
      for (const l of graph.from(id, 'develops')) ids = withCredentialsOf(ctx, l.to, ids);
      break;
    case 'link': {
      const l = ctx.doc.links[id];
      if (!l) break;
      if (l.kind === 'addresses' || l.kind === 'develops') ids = withCredentialsOf(ctx, l.to, ids);
      else if (l.kind === 'assessed-by') ids = withCredentialsOf(ctx, l.from, ids);
      else if (l.kind === 'part-of') return ctx.credentialById(l.to) ? [l.to] : [];
      else return ctx.credentialById(l.from) ? [l.from] : [];
      break;
    }
    default:
      break;
  }
  if (!ids) return [];
  return ids.length > 1 ? ids.sort() : ids;
}
