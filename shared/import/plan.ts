import type { McredDocument, Skill } from '../model';
import { normaliseLabel } from './normalise';
import type { ImportedSkill } from './types';

export type DuplicateAction = 'merge' | 'skip';
export type MatchedBy = 'uri' | 'code' | 'label';

export interface PlannedDuplicate {
  index: number;
  skill: ImportedSkill;
  existingId: string;
  existingStatement: string;
  matchedBy: MatchedBy;
  action: DuplicateAction;
}

/** What an import would do; the wizard lets the user flip `action`, then builds the command. */
export interface ImportPlan {
  /** Skills to create (index into the parsed list). */
  added: { index: number; skill: ImportedSkill }[];
  /** Skills already in the map: merged (empty fields filled, id kept) or skipped. */
  duplicates: PlannedDuplicate[];
  /** Rows repeating an earlier row of the same file (same URI, code or label): skipped. */
  repeated: { index: number; skill: ImportedSkill; firstLine: number }[];
  /** Parsed skills left out by `select`. */
  unselected: number;
}

export interface PlanOptions {
  /** Text (matched in statement, code, group, alternative labels) or the indexes to import. */
  select?: string | ReadonlySet<number>;
  /** What to do with skills already in the map (default merge). */
  onDuplicate?: DuplicateAction;
}

const uriKey = (uri: string) => uri.trim().toLowerCase();
const codeKey = (framework: string, code: string) => `${framework.trim().toLowerCase()}\u0000${code.trim().toLowerCase()}`;

/** Keys a skill is known by, strongest first. */
function keysOf(s: { statement: string; source?: { framework: string; code?: string; uri?: string } }): [MatchedBy, string][] {
  const keys: [MatchedBy, string][] = [];
  if (s.source?.uri) keys.push(['uri', uriKey(s.source.uri)]);
  if (s.source?.code) keys.push(['code', codeKey(s.source.framework, s.source.code)]);
  const label = normaliseLabel(s.statement);
  if (label) keys.push(['label', label]);
  return keys;
}

/** Whether a parsed skill matches the select text. */
export function matchesSelect(s: ImportedSkill, text: string): boolean {
  const t = text.trim().toLowerCase();
  if (!t) return true;
  const hay = [s.statement, s.source?.code, s.group, ...(s.altLabels ?? [])];
  return hay.some((h) => h !== undefined && h.toLowerCase().includes(t));
}

/**
 * Sorts parsed skills into new ones, duplicates of skills in the map (same source URI, else
 * same framework + code, else same normalised label) and repeats within the file. One pass
 * to index the map and one over the rows, with hash lookups: linear in both sizes.
 */
export function planImport(doc: McredDocument, skills: readonly ImportedSkill[], options: PlanOptions = {}): ImportPlan {
  const existing = new Map<string, Skill>();
  for (const e of Object.values(doc.entities)) {
    if (e.kind !== 'skill') continue;
    // First skill wins for a key, so the match is stable whatever the later ones hold.
    for (const [by, key] of keysOf(e)) if (!existing.has(`${by}:${key}`)) existing.set(`${by}:${key}`, e);
  }
  const seen = new Map<string, number>();
  const plan: ImportPlan = { added: [], duplicates: [], repeated: [], unselected: 0 };
  const select = options.select;
  skills.forEach((skill, index) => {
    const chosen = select === undefined || (typeof select === 'string' ? matchesSelect(skill, select) : select.has(index));
    if (!chosen) return void plan.unselected++;
    const keys = keysOf(skill);
    // Label keys only match other labels; a URI match beats a label match.
    const match = keys.map(([by, key]) => [by, existing.get(`${by}:${key}`)] as const).find(([, e]) => e !== undefined);
    if (match?.[1]) {
      const [by, e] = match;
      plan.duplicates.push({ index, skill, existingId: e.id, existingStatement: e.statement, matchedBy: by, action: options.onDuplicate ?? 'merge' });
      return;
    }
    const earlier = keys.map(([by, key]) => seen.get(`${by}:${key}`)).find((i) => i !== undefined);
    if (earlier !== undefined) return void plan.repeated.push({ index, skill, firstLine: skills[earlier]!.line });
    for (const [by, key] of keys) if (!seen.has(`${by}:${key}`)) seen.set(`${by}:${key}`, index);
    plan.added.push({ index, skill });
  });
  return plan;
}
