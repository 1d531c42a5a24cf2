import type { Entity, Link, LinkLevel, McredDocument } from '../../../../shared/model';

/** Which grid: one per pair of entity kinds a designer maps in a spreadsheet today. */
export const MATRIX_KINDS = ['skills', 'assessments', 'activities', 'credentials'] as const;
export type MatrixKind = (typeof MATRIX_KINDS)[number];

/** What one grid shows: its axes, the link kind in its cells and how it names things. */
export interface MatrixSpec {
  readonly kind: MatrixKind;
  /** The tab's name: "Skills × outcomes". */
  readonly label: string;
  readonly rows: 'skill' | 'outcome' | 'activity';
  readonly cols: 'outcome' | 'assessment' | 'credential';
  /** Each link runs from the row's entity to the column's. */
  readonly link: 'addresses' | 'assessed-by' | 'develops' | 'part-of';
  /** Cells cycle none → I → R → M (skill × outcome); otherwise they toggle. */
  readonly levels: boolean;
  /** What a screen reader hears for a linked and an empty toggle cell. */
  readonly on: string;
  readonly off: string;
  /** The gap of a row with no link, and of a column with none. */
  readonly rowGap: string;
  readonly colGap: string;
  /** Short mark beside a row that is a gap. */
  readonly rowGapMark: string;
  /** The sentence counting the gaps: (row gaps, column gaps) → text. */
  readonly gaps: (rows: number, cols: number, essential: number) => string;
  /** What the grid says when an axis is empty. */
  readonly empty: string;
  /** Undo labels of a toggle. */
  readonly linkLabel: string;
  readonly unlinkLabel: string;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const MATRICES: Record<MatrixKind, MatrixSpec> = {
  skills: {
    kind: 'skills', label: 'Skills × outcomes', rows: 'skill', cols: 'outcome', link: 'addresses', levels: true, on: 'linked', off: 'none',
    rowGap: 'No outcome addresses this skill', colGap: 'No skill is addressed by this outcome', rowGapMark: 'no outcome',
    gaps: (r, c, e) => `${count(r, 'skill')} with no outcome${e ? ` (${e} essential)` : ''} · ${count(c, 'outcome')} with no skill`,
    empty: 'Add skills and outcomes to fill the matrix.', linkLabel: 'Set level', unlinkLabel: 'Clear level',
  },
  assessments: {
    kind: 'assessments', label: 'Outcomes × assessments', rows: 'outcome', cols: 'assessment', link: 'assessed-by', levels: false, on: 'assessed', off: 'not assessed',
    rowGap: 'No assessment assesses this outcome', colGap: 'This assessment assesses no outcome', rowGapMark: 'not assessed',
    gaps: (r, c) => `${count(r, 'outcome')} not assessed · ${count(c, 'assessment')} linked to no outcome`,
    empty: 'Add outcomes and assessments to fill the matrix.', linkLabel: 'Link assessment', unlinkLabel: 'Remove assessment link',
  },
  activities: {
    kind: 'activities', label: 'Activities × outcomes', rows: 'activity', cols: 'outcome', link: 'develops', levels: false, on: 'develops', off: 'does not develop',
    rowGap: 'This activity develops no outcome', colGap: 'No activity develops this outcome', rowGapMark: 'no outcome',
    gaps: (r, c) => `${count(r, 'activity', 'activities')} developing no outcome · ${count(c, 'outcome')} no activity develops`,
    empty: 'Add learning activities and outcomes to fill the matrix.', linkLabel: 'Link activity', unlinkLabel: 'Remove activity link',
  },
  credentials: {
    kind: 'credentials', label: 'Outcomes × credentials', rows: 'outcome', cols: 'credential', link: 'part-of', levels: false, on: 'part of it', off: 'not part of it',
    rowGap: 'This outcome is part of no credential', colGap: 'This credential has no learning outcome', rowGapMark: 'in no credential',
    gaps: (r, c) => `${count(r, 'outcome')} in no credential · ${count(c, 'credential')} with no outcome`,
    empty: 'Add outcomes and credentials to fill the matrix.', linkLabel: 'Add outcome to credential', unlinkLabel: 'Remove outcome from credential',
  },
};

const WORD = { skill: 'Skill', outcome: 'Outcome', activity: 'Activity', assessment: 'Assessment', credential: 'Credential' } as const;

/** "Skill" and "Outcome": what a row and a column of a grid are, for names and the corner. */
export function axisWords(kind: MatrixKind): [string, string] {
  return [WORD[MATRICES[kind].rows], WORD[MATRICES[kind].cols]];
}

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
  /** A skill's job postings count (and of how many), from its evidence of demand. */
  readonly postings?: { readonly count: number; readonly total?: number };
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

/** An axis entry for an entity: outcomes by code, skills by statement, the rest by title. */
function axisOf(e: Entity): MatrixAxis {
  if (e.kind === 'outcome') return { id: e.id, label: e.code || e.statement.split(/\s+/).slice(0, 2).join(' '), title: e.statement };
  if (e.kind === 'skill') {
    const n = e.demand?.jobPostings;
    const total = e.demand?.postingsTotal;
    return { id: e.id, label: e.statement, title: e.statement, ...(n !== undefined ? { postings: total !== undefined ? { count: n, total } : { count: n } } : {}) };
  }
  return { id: e.id, label: e.title, title: e.title };
}

/** Outcomes in natural code order; skills by group then statement; the rest by title. */
function compareEntities(a: Entity, b: Entity): number {
  if (a.kind === 'outcome' && b.kind === 'outcome') return collator.compare(a.code ?? '', b.code ?? '') || collator.compare(a.statement, b.statement);
  if (a.kind === 'skill' && b.kind === 'skill') return collator.compare(a.group ?? '', b.group ?? '') || collator.compare(a.statement, b.statement);
  return collator.compare(axisOf(a).label, axisOf(b).label);
}

/**
 * The grid for one view of the map. Gaps are judged over the whole map (a skill no outcome
 * addresses anywhere, an outcome no assessment assesses…), so a credential filter never
 * invents gaps. With a filter, the grid keeps the credential's outcomes and the entities
 * linked to them (for outcomes × credentials: every outcome, and that credential's column).
 * One pass over the entities and one over the links: big maps have tens of thousands of each.
 */
export function buildMatrix(doc: MatrixSource, kind: MatrixKind, credential?: string): MatrixModel {
  const spec = MATRICES[kind];
  let rows: Entity[] = [];
  let cols: Entity[] = [];
  for (const id in doc.entities) {
    const e = doc.entities[id];
    if (e?.kind === spec.rows) rows.push(e);
    else if (e?.kind === spec.cols) cols.push(e);
  }
  const mine = new Set<string>();
  const wanted: Link[] = [];
  const linkedFrom = new Set<string>();
  const linkedTo = new Set<string>();
  for (const id in doc.links) {
    const l = doc.links[id];
    if (!l) continue;
    if (credential && l.kind === 'part-of' && l.to === credential) mine.add(l.from);
    if (l.kind === spec.link) {
      wanted.push(l);
      linkedFrom.add(l.from);
      linkedTo.add(l.to);
    }
  }
  if (credential) {
    if (spec.cols === 'credential') cols = cols.filter((c) => c.id === credential);
    else if (spec.cols === 'outcome') cols = cols.filter((o) => mine.has(o.id));
    else rows = rows.filter((o) => mine.has(o.id));
  }
  const rowIds = new Set(rows.map((e) => e.id));
  const colIds = new Set(cols.map((e) => e.id));
  const cells = new Map<string, MatrixCell>();
  const linkedRows = new Set<string>();
  const linkedCols = new Set<string>();
  for (const l of wanted) {
    if (!rowIds.has(l.from) || !colIds.has(l.to)) continue;
    linkedRows.add(l.from);
    linkedCols.add(l.to);
    cells.set(cellKey(l.from, l.to), l.kind === 'addresses' ? { linkId: l.id, level: l.level } : { linkId: l.id });
  }
  // Filtered by a credential: the other side keeps what is linked to its outcomes.
  if (credential && spec.cols !== 'credential') {
    if (spec.cols === 'outcome') rows = rows.filter((r) => linkedRows.has(r.id));
    else cols = cols.filter((c) => linkedCols.has(c.id));
  }
  const rowAxes = rows.sort(compareEntities).map((e): MatrixAxis => {
    const gap = linkedFrom.has(e.id) ? undefined : spec.rowGap;
    return { ...axisOf(e), gap, essential: gap !== undefined && e.kind === 'skill' && e.importance === 'essential' };
  });
  const colAxes = cols.sort(compareEntities).map((e): MatrixAxis => ({ ...axisOf(e), gap: linkedTo.has(e.id) ? undefined : spec.colGap }));
  return { kind, rows: rowAxes, cols: colAxes, cells };
}

const CYCLE: readonly (LinkLevel | undefined)[] = [undefined, 'introduced', 'reinforced', 'mastered'];

/** The next state of a skills × outcomes cell: none → I → R → M → none. */
export function nextLevel(level: LinkLevel | undefined): LinkLevel | undefined {
  return CYCLE[(CYCLE.indexOf(level) + 1) % CYCLE.length];
}

export const LEVEL_LETTER: Record<LinkLevel, string> = { introduced: 'I', reinforced: 'R', mastered: 'M' };

/** What a cell says to a screen reader: its state in words. */
export function cellState(kind: MatrixKind, cell: MatrixCell | undefined): string {
  const spec = MATRICES[kind];
  if (!spec.levels) return cell ? spec.on : spec.off;
  return cell?.level ?? 'none';
}
