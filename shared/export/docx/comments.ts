import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun, type ICommentOptions, type ParagraphChild } from 'docx';
import type { Comment, McredDocument } from '../../model';
import { textLines } from '../text';

/** An open thread: the root comment and its replies, oldest first. */
export interface Thread {
  root: Comment;
  replies: Comment[];
  /** Where it anchors: an entity id (links other than `addresses` anchor on their source). */
  target: string;
  field?: string;
}

/**
 * Fields that the specification shows in a place of their own, per entity kind. A thread
 * on another field (or on none) anchors on the entity's label: its title or statement.
 */
const FIELD_ANCHORS: Record<string, ReadonlySet<string>> = {
  credential: new Set([
    'title', 'code', 'version', 'status', 'description', 'targetAudience', 'language', 'url', 'learnerIdentification',
    'issuerCountry', 'awardingBody', 'dateOfIssue', 'workloadHours', 'credits', 'eqfLevel', 'nqfLevel', 'cycle',
    'assessmentType', 'participation', 'qualityAssurance', 'prerequisites', 'supervisionAndIdentity', 'gradeAchieved',
    'stackability', 'furtherInformation', 'industryNeed', 'nonDuplication', 'reviewCycleMonths', 'validityMonths',
  ]),
  skill: new Set(['statement', 'source', 'demand']),
  outcome: new Set(['statement', 'criteria']),
  assessment: new Set(['title', 'weighting', 'supervision', 'identityVerification']),
  activity: new Set(['title', 'contactHours', 'selfStudyHours']),
  program: new Set(['title']),
};

/**
 * Plans the Word comments of one document: open threads (roots not resolved, with their
 * replies) become comments anchored on the text of the entity or field they are about.
 * Each thread is anchored once, where it first appears; threads never anchored are left
 * out (they belong to entities this document does not show).
 */
export class CommentPlan {
  private readonly byTarget = new Map<string, Thread[]>();
  private readonly placed = new Set<Thread>();
  private readonly written: ICommentOptions[] = [];
  private nextId = 1;

  constructor(
    private readonly doc: McredDocument,
    private readonly personName: (id: string) => string,
    enabled: boolean,
  ) {
    if (!enabled) return;
    const all = Object.values(doc.comments);
    const repliesOf = new Map<string, Comment[]>();
    const rootOf = (c: Comment): Comment | undefined => {
      const seen = new Set<string>();
      let cur: Comment | undefined = c;
      while (cur?.replyTo && !seen.has(cur.id)) {
        seen.add(cur.id);
        cur = doc.comments[cur.replyTo];
      }
      return cur;
    };
    for (const c of all) {
      if (!c.replyTo) continue;
      const root = rootOf(c);
      if (root) repliesOf.set(root.id, [...(repliesOf.get(root.id) ?? []), c]);
    }
    const roots = all.filter((c) => !c.replyTo && !c.resolved).sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    for (const root of roots) {
      const link = doc.links[root.target];
      const onLink = link && link.kind !== 'addresses';
      const thread: Thread = {
        root,
        replies: (repliesOf.get(root.id) ?? []).sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)),
        target: onLink ? link.from : root.target,
        field: onLink ? undefined : root.field,
      };
      this.byTarget.set(thread.target, [...(this.byTarget.get(thread.target) ?? []), thread]);
    }
  }

  /**
   * Wraps `runs` in the ranges of the open threads on `target` whose field is one of
   * `fields`; with `label`, also those on a field shown nowhere else, or on no field.
   */
  anchor(target: string, fields: readonly string[], runs: ParagraphChild[], options: { label?: boolean } = {}): ParagraphChild[] {
    const threads = this.byTarget.get(target);
    if (!threads?.length || !runs.length) return runs;
    const kind = this.doc.entities[target]?.kind;
    const shown = kind ? FIELD_ANCHORS[kind] : undefined;
    const here = threads.filter((t) => {
      if (this.placed.has(t)) return false;
      if (t.field !== undefined && fields.includes(t.field)) return true;
      return options.label === true && (t.field === undefined || !shown?.has(t.field));
    });
    if (!here.length) return runs;
    const ids: number[] = [];
    for (const t of here) {
      this.placed.add(t);
      const rootId = this.write(t.root, undefined);
      ids.push(rootId);
      for (const reply of t.replies) ids.push(this.write(reply, rootId));
    }
    return [
      ...ids.map((id) => new CommentRangeStart(id)),
      ...runs,
      ...ids.map((id) => new CommentRangeEnd(id)),
      ...ids.map((id) => new TextRun({ children: [new CommentReference(id)] })),
    ];
  }

  private write(c: Comment, parentId: number | undefined): number {
    const id = this.nextId++;
    const author = this.personName(c.author);
    this.written.push({
      id,
      author,
      initials: initials(author),
      date: new Date(c.at),
      parentId,
      children: textLines(c.body).map((line) => new Paragraph({ children: [new TextRun(line)] })),
    });
    return id;
  }

  /** The comments written so far, for the document's `comments` option. */
  get comments(): readonly ICommentOptions[] {
    return this.written;
  }
}

export function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => [...w][0] ?? '')
    .join('');
  return letters.slice(0, 4).toUpperCase() || '?';
}
