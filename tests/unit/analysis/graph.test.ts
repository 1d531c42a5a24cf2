import { describe, expect, it } from 'vitest';
import { MapGraph } from '../../../shared/analysis/graph';
import { makeCredential, makeLink, makeMap, makeOutcome } from '../../helpers/builders';
import { link } from './helpers';

/** The link index rules read through, kept up to date record by record. */
describe('MapGraph', () => {
  it('sees a record’s first link added after the record was asked about', () => {
    const credential = makeCredential();
    const outcome = makeOutcome();
    const before = makeMap({ entities: [credential, outcome] });
    const graph = MapGraph.build(before);
    expect(graph.to(credential.id, 'part-of')).toEqual([]);
    expect(graph.from(outcome.id, 'part-of')).toEqual([]);
    const partOf = makeLink('part-of', outcome, credential);
    const after = link(before, partOf);
    graph.update(before, after, [partOf.id]);
    expect(graph.from(outcome.id, 'part-of')).toEqual([partOf]);
    expect(graph.to(credential.id, 'part-of')).toEqual([partOf]);
    expect(graph.incident(outcome.id)).toEqual([partOf]);
  });

  it('keeps several links of one kind at one end, and forgets a removed one', () => {
    const credential = makeCredential();
    const outcomes = [makeOutcome(), makeOutcome(), makeOutcome()];
    const links = outcomes.map((o) => makeLink('part-of', o, credential));
    const doc = makeMap({ entities: [credential, ...outcomes], links });
    const graph = MapGraph.build(doc);
    expect(graph.to(credential.id, 'part-of')).toEqual(links);
    const { [links[1]!.id]: _removed, ...rest } = doc.links;
    graph.update(doc, { ...doc, links: rest }, [links[1]!.id]);
    expect(graph.to(credential.id, 'part-of')).toEqual([links[0], links[2]]);
    expect(graph.from(outcomes[1]!.id, 'part-of')).toEqual([]);
  });

  it('keeps a list right as it grows past two links, shrinks to none and grows again', () => {
    const credential = makeCredential();
    const outcomes = [makeOutcome(), makeOutcome(), makeOutcome()];
    const links = outcomes.map((o) => makeLink('part-of', o, credential));
    const empty = makeMap({ entities: [credential, ...outcomes] });
    const graph = MapGraph.build(empty);
    let doc = empty;
    for (const [i, l] of links.entries()) {
      const next = link(doc, l);
      graph.update(doc, next, [l.id]);
      doc = next;
      expect(graph.to(credential.id, 'part-of')).toEqual(links.slice(0, i + 1));
    }
    for (const [i, l] of links.entries()) {
      const { [l.id]: _removed, ...rest } = doc.links;
      const next = { ...doc, links: rest };
      graph.update(doc, next, [l.id]);
      doc = next;
      expect(graph.to(credential.id, 'part-of')).toEqual(links.slice(i + 1));
      expect(graph.from(l.from, 'part-of')).toEqual([]);
    }
    expect(graph.incident(credential.id)).toEqual([]);
    const again = link(doc, links[1]!);
    graph.update(doc, again, [links[1]!.id]);
    expect(graph.to(credential.id, 'part-of')).toEqual([links[1]]);
    expect(graph.incident(outcomes[1]!.id)).toEqual([links[1]]);
  });
});
