import { entityLabel, type FrameworkUpdate, type McredDocument, type Skill } from '../model';
import { cleanBlock, cleanText } from './normalise';
import type { ImportedSkill } from './types';

/** A record an update reaches through links, by id and label. */
export interface Reached {
  id: string;
  label: string;
}

/** What a release says about one skill of the map. */
export interface SkillUpdate {
  skillId: string;
  /** The skill's label in the map. */
  statement: string;
  /** How the release's skill was found: by source URI, by framework + code, or not at all (removed). */
  matchedBy: 'uri' | 'code' | 'none';
  update: FrameworkUpdate;
  /** Outcomes the skill is addressed by, and the credentials those outcomes are part of. */
  outcomes: Reached[];
  credentials: Reached[];
}

/** The result of comparing a release with the map. */
export interface UpdateCheck {
  release?: string;
  /** Frameworks the release covers (source.framework of its skills). */
  frameworks: string[];
  /** Skills of the map from those frameworks (or found in the release by URI). */
  checked: number;
  /** Of those, the ones whose source already records this release (skipped). */
  upToDate: number;
  /** Of those, the ones the release has as the map has them. */
  unchanged: number;
  /** Of those, the ones not in a partial release (neither unchanged nor removed: not known). */
  notInRelease: number;
  /** Whether skills missing from the release were reported as removed (`complete`). */
  removalsChecked: boolean;
  updates: SkillUpdate[];
}

export interface UpdateOptions {
  /** The day of the check (YYYY-MM-DD), stored as `found`. */
  found: string;
  /** The release's name; skills whose `source.release` is this one are skipped. */
  release?: string;
  /**
   * The release is the framework's full export, so a skill of its framework missing from it
   * was removed. Off for a partial file (a filtered ESCO CSV, O*NET for one occupation):
   * then a missing skill is only counted in `notInRelease`, never reported removed.
   */
  complete?: boolean;
  /** Compare descriptions too (default true; off for O*NET, whose "description" is our own summary of its ratings). */
  compareDescriptions?: boolean;
}

/** The order updates are listed in: what can be applied first. */
const CHANGE_ORDER: readonly FrameworkUpdate['change'][] = ['changed', 'replaced', 'obsolete', 'removed'];
const uriKey = (uri: string) => uri.trim().toLowerCase();
const codeKey = (framework: string, code: string) => `${framework.trim().toLowerCase()}\u0000${code.trim().toLowerCase()}`;
const fwKey = (framework: string) => framework.trim().toLowerCase();
const sameText = (a: string | undefined, b: string | undefined) => (cleanText(a) ?? '') === (cleanText(b) ?? '');
const sameBlock = (a: string | undefined, b: string | undefined) => (cleanBlock(a)?.replace(/\s+/g, ' ') ?? '') === (cleanBlock(b)?.replace(/\s+/g, ' ') ?? '');

/**
 * Compares a parsed release with the skills of the map. A map skill is matched by its
 * source URI, else by framework + code. For each match: obsolete (replaced when the release
 * names a successor, whose label and code are filled in from the release when it has it),
 * else changed when the label or description differs; a skill of a covered framework that
 * the release lacks is removed only when `complete`. Skills that already record this release
 * are skipped, so a dismissed update is not raised again by the same release. Linear in the
 * sizes of the map and the release. Updates are listed changed, replaced, obsolete, removed,
 * each by label.
 */
export function detectFrameworkUpdates(doc: McredDocument, release: readonly ImportedSkill[], options: UpdateOptions): UpdateCheck {
  const byUri = new Map<string, ImportedSkill>();
  const byCode = new Map<string, ImportedSkill>();
  const frameworks = new Map<string, string>();
  for (const s of release) {
    if (!s.source) continue;
    if (!frameworks.has(fwKey(s.source.framework))) frameworks.set(fwKey(s.source.framework), s.source.framework);
    if (s.source.uri && !byUri.has(uriKey(s.source.uri))) byUri.set(uriKey(s.source.uri), s);
    if (s.source.code && !byCode.has(codeKey(s.source.framework, s.source.code))) byCode.set(codeKey(s.source.framework, s.source.code), s);
  }
  const releaseName = options.release?.trim() || undefined;
  const compareDescriptions = options.compareDescriptions ?? true;
  const check: UpdateCheck = {
    ...(releaseName ? { release: releaseName } : {}),
    frameworks: [...frameworks.values()],
    checked: 0,
    upToDate: 0,
    unchanged: 0,
    notInRelease: 0,
    removalsChecked: options.complete === true,
    updates: [],
  };
  const found: { skill: Skill; matchedBy: SkillUpdate['matchedBy']; update: FrameworkUpdate }[] = [];
  const base = { ...(releaseName ? { release: releaseName } : {}), found: options.found };
  for (const e of Object.values(doc.entities)) {
    if (e.kind !== 'skill' || !e.source) continue;
    const viaUri = e.source.uri ? byUri.get(uriKey(e.source.uri)) : undefined;
    const viaCode = viaUri ? undefined : e.source.code ? byCode.get(codeKey(e.source.framework, e.source.code)) : undefined;
    const r = viaUri ?? viaCode;
    if (!r && !frameworks.has(fwKey(e.source.framework))) continue;
    check.checked++;
    if (releaseName && e.source.release?.trim().toLowerCase() === releaseName.toLowerCase()) {
      check.upToDate++;
      continue;
    }
    const matchedBy = viaUri ? 'uri' : viaCode ? 'code' : 'none';
    if (!r) {
      if (options.complete) found.push({ skill: e, matchedBy, update: { ...base, change: 'removed' } });
      else check.notInRelease++;
      continue;
    }
    if (r.obsolete) {
      const successor = r.replacedBy && resolveSuccessor(r.replacedBy, byUri);
      found.push({ skill: e, matchedBy, update: { ...base, change: successor ? 'replaced' : 'obsolete', ...(successor ? { replacedBy: successor } : {}) } });
      continue;
    }
    const label = sameText(r.statement, e.statement) ? undefined : r.statement;
    const description = compareDescriptions && r.description && !sameBlock(r.description, e.description) ? r.description : undefined;
    if (label === undefined && description === undefined) {
      check.unchanged++;
      continue;
    }
    found.push({ skill: e, matchedBy, update: { ...base, change: 'changed', ...(label ? { statement: label } : {}), ...(description ? { description } : {}) } });
  }
  const reach = reachOf(doc, new Set(found.map((f) => f.skill.id)));
  found.sort((a, b) => CHANGE_ORDER.indexOf(a.update.change) - CHANGE_ORDER.indexOf(b.update.change) || a.skill.statement.localeCompare(b.skill.statement) || (a.skill.id < b.skill.id ? -1 : 1));
  check.updates = found.map(({ skill, matchedBy, update }) => ({ skillId: skill.id, statement: skill.statement, matchedBy, update, ...reach(skill.id) }));
  return check;
}

/** The successor with its label and code from the release when the release has it. */
function resolveSuccessor(by: NonNullable<ImportedSkill['replacedBy']>, byUri: ReadonlyMap<string, ImportedSkill>): FrameworkUpdate['replacedBy'] | undefined {
  const known = by.uri ? byUri.get(uriKey(by.uri)) : undefined;
  const statement = by.statement ?? known?.statement;
  const code = by.code ?? known?.source?.code;
  const out = { ...(statement ? { statement } : {}), ...(code ? { code } : {}), ...(by.uri ? { uri: by.uri } : {}) };
  return Object.keys(out).length ? out : undefined;
}

/** Outcomes (addresses) and their credentials (part-of) of the given skills: one pass over the links. */
function reachOf(doc: McredDocument, skills: ReadonlySet<string>): (id: string) => { outcomes: Reached[]; credentials: Reached[] } {
  const outcomesOf = new Map<string, string[]>();
  const credentialsOf = new Map<string, string[]>();
  if (skills.size) {
    for (const l of Object.values(doc.links)) {
      if (l.kind === 'addresses' && skills.has(l.from)) (outcomesOf.get(l.from) ?? outcomesOf.set(l.from, []).get(l.from)!).push(l.to);
      else if (l.kind === 'part-of') (credentialsOf.get(l.from) ?? credentialsOf.set(l.from, []).get(l.from)!).push(l.to);
    }
  }
  const named = (ids: Iterable<string>): Reached[] =>
    [...new Set(ids)]
      .map((id) => doc.entities[id])
      .filter((e) => e !== undefined)
      .map((e) => ({ id: e.id, label: e.kind === 'outcome' && e.code ? `${e.code} ${e.statement}` : entityLabel(e) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  return (id) => {
    const outcomes = outcomesOf.get(id) ?? [];
    return { outcomes: named(outcomes), credentials: named(outcomes.flatMap((o) => credentialsOf.get(o) ?? [])) };
  };
}

/** The payload of `skill.flagUpdates` for a check. */
export function flagUpdatesPayload(check: UpdateCheck): { updates: { id: string; update: FrameworkUpdate }[] } {
  return { updates: check.updates.map((u) => ({ id: u.skillId, update: u.update })) };
}

/** One line saying what changed, e.g. `renamed to “…”`, for lists, the CLI and the readiness message. */
export function describeUpdate(u: FrameworkUpdate): string {
  switch (u.change) {
    case 'changed':
      return [u.statement ? `renamed to “${u.statement}”` : '', u.description ? 'description rewritten' : ''].filter(Boolean).join('; ');
    case 'obsolete':
      return 'marked obsolete';
    case 'replaced':
      return `replaced by ${u.replacedBy?.statement ? `“${u.replacedBy.statement}”` : (u.replacedBy?.code ?? u.replacedBy?.uri ?? 'another skill')}`;
    case 'removed':
      return 'removed';
  }
}
