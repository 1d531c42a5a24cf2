import type { Id, McredDocument } from '../../../../shared/model';

/**
 * What focus mode shows for one credential: the credential, its outcomes, their skills,
 * assessments and activities, the programs it stacks into and the credentials it requires.
 */
export function credentialNeighbourhood(doc: Pick<McredDocument, 'entities' | 'links'>, credential: Id): Set<Id> {
  const shown = new Set<Id>([credential]);
  const outcomes = new Set<Id>();
  const links = Object.values(doc.links);
  for (const l of links) {
    if (l.kind === 'part-of' && l.to === credential) outcomes.add(l.from);
    else if ((l.kind === 'stacks-into' || l.kind === 'requires') && l.from === credential) shown.add(l.to);
  }
  for (const o of outcomes) shown.add(o);
  for (const l of links) {
    if ((l.kind === 'addresses' || l.kind === 'develops') && outcomes.has(l.to)) shown.add(l.from);
    else if (l.kind === 'assessed-by' && outcomes.has(l.from)) shown.add(l.to);
  }
  for (const id of shown) if (!doc.entities[id]) shown.delete(id);
  return shown;
}
