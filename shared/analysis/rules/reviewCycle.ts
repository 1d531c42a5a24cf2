import { jsonEqual, type Approval, type Content, type Credential, type McredDocument } from '../../model';
import type { RuleContext } from '../context';
import { credentialName } from '../text';
import { defineRule, type AnyRule } from '../types';

/**
 * The review cycle (always on): an approved or published credential should read as it was
 * approved, and come up for its periodic review on time. Both read the credential's
 * approval records and the revision its latest approval pinned.
 */

const group = 'review-cycle';
const LIVE = new Set(['approved', 'published']);

/** The latest approval of a credential that pinned a revision, if any. */
export function latestApproval(doc: Pick<McredDocument, 'approvals'>, credentialId: string): Approval | undefined {
  let best: Approval | undefined;
  for (const id in doc.approvals) {
    const a = doc.approvals[id]!;
    if (a.credential !== credentialId || a.status !== 'approved') continue;
    if (!best || a.at > best.at || (a.at === best.at && a.id > best.id)) best = a;
  }
  return best;
}

/**
 * The records a credential's specification reads in one version, by id: the credential,
 * its outcomes, the links into them (skills, assessments, activities) and the records at
 * their other ends, and its own stacks-into and requires links. One pass per snapshot,
 * remembered per snapshot (snapshots never change).
 */
const snapshotScopes = new WeakMap<Content, Map<string, Set<string>>>();

function snapshotScope(content: Content, credentialId: string): Set<string> {
  let byCredential = snapshotScopes.get(content);
  if (!byCredential) {
    byCredential = new Map();
    const outcomesOf = new Map<string, string[]>();
    const linksOfOutcome = new Map<string, string[]>();
    for (const id in content.links) {
      const l = content.links[id]!;
      if (l.kind === 'part-of') {
        const set = byCredential.get(l.to) ?? new Set([l.to]);
        byCredential.set(l.to, set.add(l.id).add(l.from));
        outcomesOf.set(l.to, [...(outcomesOf.get(l.to) ?? []), l.from]);
      } else if (l.kind === 'stacks-into' || l.kind === 'requires') {
        const set = byCredential.get(l.from) ?? new Set([l.from]);
        byCredential.set(l.from, set.add(l.id));
      } else {
        const outcome = l.kind === 'assessed-by' ? l.from : l.to;
        const other = l.kind === 'assessed-by' ? l.to : l.from;
        linksOfOutcome.set(outcome, [...(linksOfOutcome.get(outcome) ?? []), l.id, other]);
      }
    }
    for (const [credential, outcomes] of outcomesOf) {
      const set = byCredential.get(credential)!;
      for (const o of outcomes) for (const id of linksOfOutcome.get(o) ?? []) set.add(id);
    }
    snapshotScopes.set(content, byCredential);
  }
  return byCredential.get(credentialId) ?? new Set([credentialId]);
}

function currentScope(c: Credential, ctx: RuleContext): Set<string> {
  const g = ctx.graph;
  const ids = new Set<string>([c.id]);
  for (const l of g.from(c.id, 'stacks-into')) ids.add(l.id);
  for (const l of g.from(c.id, 'requires')) ids.add(l.id);
  for (const p of g.to(c.id, 'part-of')) {
    ids.add(p.id).add(p.from);
    for (const l of g.to(p.from, 'addresses')) ids.add(l.id).add(l.from);
    for (const l of g.from(p.from, 'assessed-by')) ids.add(l.id).add(l.to);
    for (const l of g.to(p.from, 'develops')) ids.add(l.id).add(l.from);
  }
  return ids;
}

/** How many records of the credential's specification differ from the snapshot (its status aside). */
export function changesSinceSnapshot(c: Credential, ctx: RuleContext, snapshot: Content): number {
  const now = currentScope(c, ctx);
  const then = snapshotScope(snapshot, c.id);
  let changed = 0;
  const record = (content: Pick<Content, 'entities' | 'links'>, id: string) => content.entities[id] ?? content.links[id];
  for (const id of now) {
    if (!then.has(id)) {
      changed++;
      continue;
    }
    const a = record(snapshot, id);
    const b = record(ctx.doc, id);
    if (id === c.id) {
      const { status: _a, ...restA } = (a ?? {}) as Credential;
      const { status: _b, ...restB } = (b ?? {}) as Credential;
      if (!jsonEqual(restA, restB)) changed++;
    } else if (!jsonEqual(a, b)) changed++;
  }
  for (const id of then) if (!now.has(id)) changed++;
  return changed;
}

const dayOf = (iso: string) => iso.slice(0, 10);

export const changedSinceApproval = defineRule({
  id: 'review/changed-since-approval',
  group,
  scope: 'credential',
  reads: ['links', 'credential-view', 'approvals'],
  severity: 'warning',
  title: 'An approved or published credential has changed since it was approved',
  check(c, ctx, emit) {
    if (!LIVE.has(c.status)) return;
    const approval = latestApproval(ctx.doc, c.id);
    const snapshot = approval?.revision ? ctx.doc.revisions[approval.revision]?.snapshot : undefined;
    if (!approval || !snapshot) return;
    const n = changesSinceSnapshot(c, ctx, snapshot);
    if (!n) return;
    const by = approval.body ? ` by ${approval.body}` : '';
    emit({
      target: c.id,
      field: 'status',
      message: `${credentialName(c)} is ${c.status === 'published' ? 'published' : 'approved'}, but ${n === 1 ? 'one item has' : `${n} items have`} changed since it was approved${by} on ${dayOf(approval.at)}.`,
      fix: 'Send it for review again (Status and approvals ▸ Record step), or export the changes since approval for the committee (Revisions ▸ compare with Now).',
    });
  },
});

/** Whole months after an ISO date, as a date (UTC, day clamped to the month's end). */
export function addMonths(iso: string, months: number): Date {
  const d = new Date(iso);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return target;
}

const SOON_MS = 30 * 24 * 3600 * 1000;

export const periodicReviewDue = defineRule({
  id: 'review/periodic-review-due',
  group,
  scope: 'credential',
  reads: ['approvals'],
  severity: 'warning',
  title: 'The periodic review of an approved or published credential is due',
  check(c, ctx, emit) {
    if (!LIVE.has(c.status) || c.reviewCycleMonths === undefined || ctx.now === undefined) return;
    const approval = latestApproval(ctx.doc, c.id);
    if (!approval) return;
    const due = addMonths(approval.at, c.reviewCycleMonths);
    const left = due.getTime() - ctx.now;
    if (left > SOON_MS) return;
    const when = due.toISOString().slice(0, 10);
    emit({
      target: c.id,
      field: 'reviewCycleMonths',
      message:
        left <= 0
          ? `The periodic review of ${credentialName(c)} was due on ${when} (every ${c.reviewCycleMonths} months since its approval on ${dayOf(approval.at)}).`
          : `The periodic review of ${credentialName(c)} is due on ${when}, within a month.`,
      fix: 'Send it for review (Status and approvals ▸ Record step ▸ Send for review) and record the committee’s decision.',
    });
  },
});

export const REVIEW_CYCLE_RULES: readonly AnyRule[] = [changedSinceApproval, periodicReviewDue];
