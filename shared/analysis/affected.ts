import type { Link, McredDocument } from '../model';
import type { MapGraph } from './graph';

/** The subject id of whole-map rules (never a record id: those contain an underscore). */
export const MAP_SUBJECT = '#map';

/**
 * What each scope's rules may read, and therefore which subjects an edit can affect.
 *
 * - credential: its fields; its part-of outcomes; their assessed-by / develops / addresses
 *   links and the assessments, activities and skills at the other end (and the skills'
 *   endorsements and the endorsers' roles); its own stacks-into and requires links.
 * - outcome: its fields and the existence of its links.
 * - skill, assessment, activity: their fields and the existence of their links.
 * - program: its fields; its incoming stacks-into links and their credentials' credits.
 *   (A program's own change reaches its links, which is all that reads it.)
 * - link: its fields and both ends.
 * - map: requires links and the credentials on them; settings.
 * - credential, review cycle: also its approval records and the revision they pin.
 *
 * A finding also counts against the credentials of its subject (an outcome's credentials,
 * a skill's through its outcomes, …), so a change that moves a record in or out of a
 * credential re-runs that record too. `collectAffected` is called with the document and
 * index as they were before the edit and again after, so removed and added neighbours are
 * both covered.
 */
export function collectAffected(doc: McredDocument, graph: MapGraph, ids: Iterable<string>, out: Set<string>): void {
  const credentialsOf = (outcome: string) => {
    for (const l of graph.from(outcome, 'part-of')) out.add(l.to);
  };
  const outcomeNeighbourhood = (outcome: string, withLinks: boolean) => {
    credentialsOf(outcome);
    for (const l of graph.to(outcome, 'addresses')) {
      out.add(l.from);
      if (withLinks) out.add(l.id);
    }
    for (const l of graph.from(outcome, 'assessed-by')) {
      out.add(l.to);
      if (withLinks) out.add(l.id);
    }
    for (const l of graph.to(outcome, 'develops')) {
      out.add(l.from);
      if (withLinks) out.add(l.id);
    }
  };
  const viaOutcomes = (links: readonly Link[], end: 'from' | 'to') => {
    for (const l of links) {
      out.add(l[end]);
      credentialsOf(l[end]);
    }
  };
  const skillReaders = (skill: string) => viaOutcomes(graph.from(skill, 'addresses'), 'to');

  for (const id of ids) {
    const kind = doc.entities[id]?.kind;
    if (kind) {
      out.add(id);
      for (const l of graph.incident(id)) out.add(l.id);
      if (kind === 'outcome') outcomeNeighbourhood(id, false);
      else if (kind === 'skill') skillReaders(id);
      else if (kind === 'assessment') viaOutcomes(graph.to(id, 'assessed-by'), 'from');
      else if (kind === 'activity') viaOutcomes(graph.from(id, 'develops'), 'to');
      else if (kind === 'credential') {
        for (const l of graph.from(id, 'stacks-into')) out.add(l.to);
        out.add(MAP_SUBJECT);
      }
      continue;
    }
    const link = doc.links[id];
    if (link) {
      out.add(id);
      out.add(link.from);
      out.add(link.to);
      if (link.kind === 'part-of') outcomeNeighbourhood(link.from, true);
      else if (link.kind === 'addresses' || link.kind === 'develops') credentialsOf(link.to);
      else if (link.kind === 'assessed-by') credentialsOf(link.from);
      else if (link.kind === 'requires') out.add(MAP_SUBJECT);
      continue;
    }
    // An approval record is read by its credential's review-cycle rules only.
    const approval = doc.approvals[id];
    if (approval) {
      out.add(approval.credential);
      continue;
    }
    const endorsement = doc.endorsements[id];
    if (endorsement) {
      out.add(endorsement.target);
      skillReaders(endorsement.target);
      continue;
    }
    // A person: their endorsements count only while their role is "advisor".
    for (const e of graph.endorsementsByPerson(id)) {
      out.add(e.target);
      skillReaders(e.target);
    }
  }
}
