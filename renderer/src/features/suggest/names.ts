import { entityLabel, type Id, type McredDocument } from '../../../../shared/model';

/** How a suggestion names an entity: an outcome with its code ("LO2 Analyse…"), else its label; the id if it is gone. */
export function suggestedName(doc: Pick<McredDocument, 'entities'>, id: Id): string {
  const e = doc.entities[id];
  if (!e) return id;
  return e.kind === 'outcome' && e.code ? `${e.code} ${entityLabel(e)}` : entityLabel(e);
}

/** The accessible name of a ghost link: "Suggested: <skill> → <outcome>". */
export function ghostLinkName(doc: Pick<McredDocument, 'entities'>, skill: Id, outcome: Id): string {
  return `Suggested: ${suggestedName(doc, skill)} → ${suggestedName(doc, outcome)}`;
}
