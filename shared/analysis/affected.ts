import type { EntityKind, Link, McredDocument } from '../model';
import type { MapGraph } from './graph';
import type { Read, Scope } from './types';

/** The subject id of whole-map rules (never a record id: those contain an underscore). */
export const MAP_SUBJECT = '#map';

/** What the rules of each scope read, gathered from their declarations (`Rule.reads`). */
export type ReadsByScope = { readonly [S in Scope]: ReadonlySet<Read> };

/** The union of the declared reads of `rules`, by scope. */
export function readsByScope(rules: Iterable<{ readonly scope: Scope; readonly reads: readonly Read[] }>): ReadsByScope {
  const out: { [S in Scope]: Set<Read> } = { credential: new Set(), outcome: new Set(), skill: new Set(), assessment: new Set(), activity: new Set(), program: new Set(), link: new Set(), map: new Set() };
  for (const r of rules) for (const read of r.reads) out[r.scope].add(read);
  return out;
}

/**
 * Which subjects an edit can affect, derived from what the rules declare they read: for
 * each changed record, the subjects whose declared reads reach it. Besides the rules'
 * reads, two things always hold:
 *
 * - a changed entity or link is its own subject (a rule always reads its subject's fields);
 * - a finding counts against the credentials of its subject (an outcome's credentials, a
 *   skill's through its outcomes, …), so a part-of link re-runs its outcome and everything
 *   hanging off it, and an addresses / assessed-by / develops link the skill, assessment or
 *   activity it joins to an outcome: their credentials changed.
 *
 * Called with the document and index as they were before the edit and again after, so
 * removed and added neighbours are both covered.
 */
export function collectAffected(doc: McredDocument, graph: MapGraph, ids: Iterable<string>, out: Set<string>, reads: ReadsByScope): void {
  const reads_ = (scope: Scope, read: Read) => reads[scope].has(read);
  const viewReaders = (outcome: string) => {
    if (!reads_('credential', 'credential-view')) return;
    for (const l of graph.from(outcome, 'part-of')) out.add(l.to);
  };
  /** The credentials whose view holds `entity` (a skill, assessment or activity) through its links to outcomes. */
  const viewReadersVia = (links: readonly Link[], end: 'from' | 'to') => {
    for (const l of links) viewReaders(l[end]);
  };
  const skillInViews = (skill: string) => viewReadersVia(graph.from(skill, 'addresses'), 'to');
  const endorsementChanged = (skill: string) => {
    if (reads_('skill', 'endorsements')) out.add(skill);
    if (reads_('credential', 'endorsements')) skillInViews(skill);
  };
  const endReaders = (entity: string) => {
    if (reads_('link', 'ends')) for (const l of graph.incident(entity)) out.add(l.id);
  };
  const linkEnd = (entity: string) => {
    const kind = doc.entities[entity]?.kind;
    if (kind && reads_(kind as EntityKind, 'links')) out.add(entity);
  };
  /** A part-of link moved `outcome` in or out of a credential: what counts against it changed. */
  const attribution = (outcome: string) => {
    out.add(outcome);
    for (const l of graph.to(outcome, 'addresses')) out.add(l.from).add(l.id);
    for (const l of graph.from(outcome, 'assessed-by')) out.add(l.to).add(l.id);
    for (const l of graph.to(outcome, 'develops')) out.add(l.from).add(l.id);
  };

  for (const id of ids) {
    const kind = doc.entities[id]?.kind;
    if (kind) {
      out.add(id);
      endReaders(id);
      if (kind === 'outcome') viewReaders(id);
      else if (kind === 'skill') skillInViews(id);
      else if (kind === 'assessment') viewReadersVia(graph.to(id, 'assessed-by'), 'from');
      else if (kind === 'activity') viewReadersVia(graph.from(id, 'develops'), 'to');
      else if (kind === 'credential') {
        if (reads_('program', 'stacked')) for (const l of graph.from(id, 'stacks-into')) out.add(l.to);
        if (reads_('map', 'requires')) out.add(MAP_SUBJECT);
      }
      continue;
    }
    const link = doc.links[id];
    if (link) {
      out.add(id);
      linkEnd(link.from);
      linkEnd(link.to);
      if (link.kind === 'part-of') {
        attribution(link.from);
        if (reads_('credential', 'credential-view')) out.add(link.to);
        viewReaders(link.from);
      } else if (link.kind === 'addresses' || link.kind === 'develops') {
        out.add(link.from); // its skill or activity now counts against other credentials
        viewReaders(link.to);
      } else if (link.kind === 'assessed-by') {
        out.add(link.to);
        viewReaders(link.from);
      }
      else if (link.kind === 'stacks-into' && reads_('program', 'stacked')) out.add(link.to);
      else if (link.kind === 'requires' && reads_('map', 'requires')) out.add(MAP_SUBJECT);
      continue;
    }
    const approval = doc.approvals[id];
    if (approval) {
      if (reads_('credential', 'approvals')) out.add(approval.credential);
      continue;
    }
    const endorsement = doc.endorsements[id];
    if (endorsement) {
      endorsementChanged(endorsement.target);
      continue;
    }
    // A person: their endorsements count only while their role is "advisor".
    for (const e of graph.endorsementsByPerson(id)) endorsementChanged(e.target);
  }
}
