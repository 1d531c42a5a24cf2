import type { Assessment, Link, LinkLevel, McredDocument, Outcome, Skill } from '../../../../shared/model';

/** Which grid: skills (rows) × outcomes (columns), or outcomes (rows) × assessments (columns). */
export type MatrixKind = 'skills' | 'assessments';

/** One row or column of the grid. */
export interface MatrixAxis {
  readonly id: string;
  /** Short label shown in the header (an outcome's code, a skill's statement). */
  readonly label: string;
  /** Full text, for tooltips. */
  readonly title: string;
  /** What the gap is, when the row or column lacks the links it should have. */
  readonly gap?: string;
  /** An essential skill with no outcome: shown stronger than other gaps. */
  readonly essential?: boolean;
}

/** An existing link in a cell. `level` is set for `addresses` links. */
export interface MatrixCell {
  readonly linkId: string;
  readonly level?: LinkLevel;
}

export interface MatrixModel {
  readonly kind: MatrixKind;
  readonly rows: readonly MatrixAxis[];
  readonly cols: readonly MatrixAxis[];
  /** Keyed by `cellKey(row, col)`. */
  readonly cells: ReadonlyMap<string, MatrixCell>;
}

/** What the matrix reads of a document. */
export type MatrixSource = Pick<McredDocument, 'entities' | 'links'>;

export function cellKey(row: string, col: string): string {
  return `${row}\u0000${col}`;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function outcomeAxis(o: Outcome, gap?: string): MatrixAxis {
  return { id: o.id, label: o.code || o.statement.split(/\s+/).slice(0, 2).join(' '), title: o.statement, gap };
}

function sortOutcomes(list: Outcome[]): Outcome[] {
  return list.sort((a, b) => collator.compare(a.code ?? '', b.code ?? '') || collator.compare(a.statement, b.statement));
}

/**
 * The grid for one view of the map. Gaps are judged over the whole map (a skill no outcome
 * addresses anywhere, an outcome no skill addresses, an outcome no assessment assesses), so
 * a credential filter never invents gaps. With a filter, the grid keeps the credential's
 * outcomes (part-of) and the skills (or assessments) linked to them. One pass over the
 * entities and one over the links: big maps have tens of thousands of each.
 */
export function buildMatrix(doc: MatrixSource, kind: MatrixKind, credential?: string): MatrixModel {
  const skills: Skill[] = [];
  let outcomes: Outcome[] = [];
  const assessments: Assessment[] = [];
  for (const id in doc.entities) {
    const e = doc.entities[id];
    if (e?.kind === 'skill') skills.push(e);
    else if (e?.kind === 'outcome') outcomes.push(e);
    else if (e?.kind === 'assessment') assessments.push(e);
  }
  const linkKind = kind === 'skills' ? 'addresses' : 'assessed-by';
  const mine = new Set<string>();
  const wanted: Link[] = [];
  const linkedFrom = new Set<string>();
  const linkedTo = new Set<string>();
  for (const id in doc.links) {
    const l = doc.links[id];
    if (!l) continue;
    if (credential && l.kind === 'part-of' && l.to === credential) mine.add(l.from);
    else if (l.kind === linkKind) {
      wanted.push(l);
      linkedFrom.add(l.from);
      linkedTo.add(l.to);
    }
  }
  if (credential) outcomes = outcomes.filter((o) => mine.has(o.id));
  sortOutcomes(outcomes);
  const keep = new Set(outcomes.map((o) => o.id));
  const cells = new Map<string, MatrixCell>();
  const other = new Set<string>();
  for (const l of wanted) {
    const outcome = kind === 'skills' ? l.to : l.from;
    if (!keep.has(outcome)) continue;
    other.add(kind === 'skills' ? l.from : l.to);
    cells.set(cellKey(l.from, l.to), l.kind === 'addresses' ? { linkId: l.id, level: l.level } : { linkId: l.id });
  }
  if (kind === 'skills') {
    const rows = skills
      .filter((sk) => !credential || other.has(sk.id))
      .sort((a, b) => collator.compare(a.group ?? '', b.group ?? '') || collator.compare(a.statement, b.statement))
      .map((sk): MatrixAxis => {
        const gap = linkedFrom.has(sk.id) ? undefined : 'No outcome addresses this skill';
        return { id: sk.id, label: sk.statement, title: sk.statement, gap, essential: gap !== undefined && sk.importance === 'essential' };
      });
    const cols = outcomes.map((o) => outcomeAxis(o, linkedTo.has(o.id) ? undefined : 'No skill is addressed by this outcome'));
    return { kind, rows, cols, cells };
  }
  const rows = outcomes.map((o) => outcomeAxis(o, linkedFrom.has(o.id) ? undefined : 'No assessment assesses this outcome'));
  const cols = assessments
    .filter((a) => !credential || other.has(a.id))
    .sort((a, b) => collator.compare(a.title, b.title))
    .map((a): MatrixAxis => ({ id: a.id, label: a.title, title: a.title, gap: linkedTo.has(a.id) ? undefined : 'This assessment assesses no outcome' }));
  return { kind, rows, cols, cells };
}

const CYCLE: readonly (LinkLevel | undefined)[] = [undefined, 'introduced', 'reinforced', 'mastered'];

/** The next state of a skills × outcomes cell: none → I → R → M → none. */
export function nextLevel(level: LinkLevel | undefined): LinkLevel | undefined {
  return CYCLE[(CYCLE.indexOf(level) + 1) % CYCLE.length];
}

export const LEVEL_LETTER: Record<LinkLevel, string> = { introduced: 'I', reinforced: 'R', mastered: 'M' };

/** What a cell says to a screen reader: its state in words. */
export function cellState(kind: MatrixKind, cell: MatrixCell | undefined): string {
  if (kind === 'assessments') return cell ? 'assessed' : 'not assessed';
  return cell?.level ?? 'none';
}
