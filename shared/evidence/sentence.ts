import type { DemandEvidence } from '../model';
import type { DateStyle } from '../export/locale';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A period of postings by month: "Jan–Dec 2025", "Mar 2024–Feb 2025", "Mar 2025"; where
 * the year comes first (`ymd`), "2025-01 to 2025-12". Undefined without both dates.
 */
export function monthRange(from: string | undefined, to: string | undefined, style: DateStyle = 'dmy'): string | undefined {
  if (!from || !to) return undefined;
  const [fy, fm] = [from.slice(0, 4), Number(from.slice(5, 7))];
  const [ty, tm] = [to.slice(0, 4), Number(to.slice(5, 7))];
  if (style === 'ymd') return fy === ty && fm === tm ? from.slice(0, 7) : `${from.slice(0, 7)} to ${to.slice(0, 7)}`;
  const f = MONTHS[fm - 1];
  const t = MONTHS[tm - 1];
  if (!f || !t) return undefined;
  if (fy === ty) return fm === tm ? `${t} ${ty}` : `${f}–${t} ${ty}`;
  return `${f} ${fy}–${t} ${ty}`;
}

/**
 * "Named in 84 of 212 postings (Jan–Dec 2025, Northfield metro)" — the demand evidence as
 * one sentence, for the inspector and the Word specification. Undefined when no count is
 * recorded. The employers are left to the caller (the document lists them separately).
 */
export function demandSentence(d: DemandEvidence | undefined, style: DateStyle = 'dmy'): string | undefined {
  if (d?.jobPostings === undefined) return undefined;
  const n = d.jobPostings.toLocaleString('en');
  const count = d.postingsTotal !== undefined ? `Named in ${n} of ${d.postingsTotal.toLocaleString('en')} postings` : `Named in ${n} posting${d.jobPostings === 1 ? '' : 's'}`;
  const where = [monthRange(d.from, d.to, style), d.region].filter(Boolean).join(', ');
  return where ? `${count} (${where})` : count;
}

/** "top employers: Acme Security, Northfield Regional Health System and 2 more" */
export function employersPhrase(employers: readonly string[] | undefined, shown = 3): string | undefined {
  if (!employers?.length) return undefined;
  const head = employers.slice(0, shown).join(', ');
  const more = employers.length - shown;
  return more > 0 ? `${head} and ${more} more` : head;
}
