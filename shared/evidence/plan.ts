import type { DemandEvidence, McredDocument } from '../model';
import type { CommandCall } from '../commands';
import type { EvidenceResult } from './types';

/** Notes written by a count start with this, so counting again replaces them and keeps the designer's own notes. */
export const NOTES_MARK = 'Counted from job postings';

export interface PlanOptions {
  /** Labour market the postings come from, e.g. "Northfield metro". */
  region?: string;
  /** The postings file's name, for the notes. */
  source?: string;
  /** Only these skills (default: every skill of the map). */
  skills?: readonly string[];
  /** Employers written per skill (default 5). */
  employers?: number;
}

/**
 * The demand evidence the count gives each skill, as ONE `demand.apply` command (one undo
 * step). Every skill counted gets a fresh count, zero included, so an old count is never
 * left beside a new period; the designer's own notes are kept, the previous count's note is
 * replaced. Undefined when nothing would change.
 */
export function planEvidence(doc: McredDocument, result: EvidenceResult, options: PlanOptions = {}): CommandCall | undefined {
  const only = options.skills ? new Set(options.skills) : undefined;
  const demands: Record<string, DemandEvidence> = {};
  const region = options.region?.trim().slice(0, 200);
  for (const s of result.skills) {
    if (only && !only.has(s.skill)) continue;
    const skill = doc.entities[s.skill];
    if (skill?.kind !== 'skill') continue;
    const employers = s.employers.slice(0, options.employers ?? 5).map((e) => e.name);
    const matched = s.phrases.slice(0, 5).map((p) => `“${p.name}” (${p.postings})`).join(', ');
    const mine = (skill.demand?.notes ?? '').split(/\n{2,}/).filter((p) => p.trim() && !p.startsWith(NOTES_MARK));
    const note = `${NOTES_MARK}${options.source ? ` (${options.source})` : ''}: ${s.postings ? `matched ${matched}` : 'no posting named it'}.`;
    demands[s.skill] = {
      ...(employers.length ? { employers } : {}),
      jobPostings: s.postings,
      postingsTotal: result.postings,
      ...(result.from && result.to ? { from: result.from, to: result.to } : {}),
      ...(region ? { region } : skill.demand?.region ? { region: skill.demand.region } : {}),
      notes: [...mine, note].join('\n\n'),
    };
  }
  if (!Object.keys(demands).length) return undefined;
  return { name: 'demand.apply', payload: { demands } };
}
