import { describe, expect, it } from 'vitest';
import { isRecordMap, type McredDocument } from '../../../shared/model';
import { applyCommand } from '../../../shared/commands';
import { generateMap } from '../../../shared/sample/generate';
import { createSampleDocument } from '../../../shared/sample';
import { changeFor, valueAt } from '../../../renderer/src/features/inspector/model/paths';
import { editedBy, editedText, fieldEditedText, latestStamp } from '../../../renderer/src/features/inspector/model/stamps';
import { PROVISIONAL_AUTHOR } from '../../../renderer/src/features/files/openMap';
import { endorsementsOf, credentialActivityHours, credentialAssessments, credentialOutcomes, connectionsOf, requiredCredentials, requiringCredentials, stacksInto } from '../../../renderer/src/features/inspector/model/linked';
import { selectionSummary } from '../../../renderer/src/features/inspector/model/selection';

const doc: McredDocument = createSampleDocument();
const byTitle = (title: string) => Object.values(doc.entities).find((e) => (e.kind === 'skill' || e.kind === 'outcome' ? e.statement : e.title) === title)!;
const analyst = byTitle('Cybersecurity Analyst Professional Certificate');
const cloud = byTitle('Cloud Security Fundamentals');

describe('field paths', () => {
  const skill = { id: 'sk_1', source: { framework: 'NICE', code: 'T1' } };

  it('reads nested values', () => {
    expect(valueAt(skill, 'source.code')).toBe('T1');
    expect(valueAt(skill, 'demand.notes')).toBeUndefined();
  });

  it('sets a top-level field, or clears it with null', () => {
    expect(changeFor(skill, 'statement', 'X')).toEqual({ statement: 'X' });
    expect(changeFor(skill, 'group', null)).toEqual({ group: null });
  });

  it('rewrites a nested object keeping its other parts', () => {
    expect(changeFor(skill, 'source.uri', 'https://x.test')).toEqual({ source: { framework: 'NICE', code: 'T1', uri: 'https://x.test' } });
    expect(changeFor(skill, 'source.code', null)).toEqual({ source: { framework: 'NICE' } });
  });

  it('clears a nested object left empty, and seeds one being created', () => {
    expect(changeFor({ demand: { notes: 'n' } }, 'demand.notes', null)).toEqual({ demand: null });
    expect(changeFor({}, 'house.maxCredits', 18, { name: 'House rules', requiredFields: [] })).toEqual({ house: { name: 'House rules', requiredFields: [], maxCredits: 18 } });
  });
});

describe('last edited', () => {
  it("names the person of the record's latest stamp", () => {
    const latest = latestStamp(doc.meta.stamps[analyst.id]);
    expect(latest).toBeDefined();
    const edited = editedBy(latest!, doc.people);
    expect(Object.values(doc.people).map((p) => p.name)).toContain(edited.author);
    expect(editedText(edited)).toMatch(new RegExp(`^Last edited by ${edited.author} on \\d{1,2} \\w{3} \\d{4} at \\d{2}:\\d{2}$`));
  });

  it('says in words who edited when the author is not among the people, never the raw id', () => {
    const stranger = editedBy('1800000000000-000-tst00001@pe_stranger', doc.people);
    expect(stranger.author).toBe("someone not listed in this map's people");
    expect(editedText(stranger)).toMatch(/^Last edited by someone not listed in this map's people on /);
    // Edits made in the app before the first-run prompt got a name carry the provisional author.
    const provisional = editedBy(`1800000000000-000-tst00001@${PROVISIONAL_AUTHOR}`, doc.people);
    expect(provisional.author).toBe('someone who had not set their name yet');
    expect(fieldEditedText(provisional)).not.toContain(PROVISIONAL_AUTHOR);
    // An id that is the name of an Object property is no person either.
    expect(editedBy('1800000000000-000-tst00001@constructor', doc.people).author).toBe("someone not listed in this map's people");
    expect(latestStamp(undefined)).toBeUndefined();
  });
});

describe('linked records of a credential', () => {
  it('lists its learning outcomes in their numbered order, with codes', () => {
    const outcomes = credentialOutcomes(doc, analyst.id);
    expect(outcomes.length).toBeGreaterThanOrEqual(3);
    expect(outcomes.map((o) => o.note)).toEqual(outcomes.map((_, i) => `LO${i + 1}`));
    expect(outcomes.every((o) => o.kind === 'outcome' && o.linkId)).toBe(true);
  });

  it('lists the assessments of its outcomes once each, with type and weighting', () => {
    const assessments = credentialAssessments(doc, analyst.id);
    expect(new Set(assessments.map((a) => a.id)).size).toBe(assessments.length);
    expect(assessments.find((a) => a.label.startsWith('Practical lab examination'))?.note).toBe('Practical, 25%');
  });

  it('adds up the hours of the activities behind its outcomes', () => {
    const hours = credentialActivityHours(doc, analyst.id);
    expect(hours.count).toBeGreaterThan(0);
    expect(hours.contact + hours.selfStudy).toBeGreaterThan(0);
  });

  it('shows prerequisites both ways and the programs it stacks into with credits recognised', () => {
    expect(requiredCredentials(doc, cloud.id).map((c) => c.id)).toEqual([analyst.id]);
    expect(requiringCredentials(doc, analyst.id).map((c) => c.id)).toEqual([cloud.id]);
    expect(stacksInto(doc, analyst.id)).toEqual([expect.objectContaining({ kind: 'program', note: '12 credit hours recognised' })]);
  });

  it('lists every link of an outcome from its side', () => {
    const outcome = credentialOutcomes(doc, analyst.id)[0]!;
    const relations = new Set(connectionsOf(doc, outcome.id).map((c) => c.relation));
    expect(relations).toEqual(new Set(['Addresses skill', 'Assessed by', 'Developed by', 'Part of']));
    const skill = connectionsOf(doc, outcome.id).find((c) => c.kind === 'addresses');
    expect(['introduced', 'reinforced', 'mastered']).toContain(skill?.other.note);
  });
});

describe('linked records on a big map', () => {
  it('are found through the links\' indexes as a pass over every link finds them', () => {
    const generated = generateMap({ seed: 11, entities: 3_000 });
    const edited = applyCommand(generated, { name: 'link.delete', payload: { ids: [Object.keys(generated.links)[0]!] } }, { stamp: '1800000000000-000-test0001@pe_test' });
    if (!edited.ok) throw new Error(edited.refusal.message);
    const big = edited.doc;
    expect(isRecordMap(big.links)).toBe(true);
    const links = Object.values(big.links);
    const credentials = Object.values(big.entities).filter((e) => e.kind === 'credential').slice(0, 8);
    expect(credentials.length).toBeGreaterThan(3);
    let found = 0;
    for (const c of credentials) {
      const outcomes = new Set(links.filter((l) => l.kind === 'part-of' && l.to === c.id).map((l) => l.from));
      expect(new Set(credentialOutcomes(big, c.id).map((o) => o.id))).toEqual(outcomes);
      const assessed = new Set(links.filter((l) => l.kind === 'assessed-by' && outcomes.has(l.from)).map((l) => l.to));
      expect(new Set(credentialAssessments(big, c.id).map((a) => a.id))).toEqual(assessed);
      const activities = new Set(links.filter((l) => l.kind === 'develops' && outcomes.has(l.to)).map((l) => l.from));
      expect(credentialActivityHours(big, c.id).count).toBe(activities.size);
      found += outcomes.size + assessed.size + activities.size;
      for (const id of [c.id, ...[...outcomes].slice(0, 3)]) {
        const touching = links.filter((l) => l.from === id || l.to === id).map((l) => l.id).sort();
        expect(connectionsOf(big, id).map((row) => row.linkId).sort()).toEqual(touching);
      }
    }
    expect(found).toBeGreaterThan(20);
  });
});

describe('endorsements', () => {
  it('lists who endorsed a record, newest first, with their organisation', () => {
    const endorsed = Object.values(doc.endorsements)[0]!;
    const rows = endorsementsOf(doc, endorsed.target);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort().reverse());
    expect(rows[0]!.person).toBe(doc.people[endorsed.person]?.name);
  });
});

describe('selection summary', () => {
  it('counts what is selected by kind', () => {
    const outcomes = credentialOutcomes(doc, analyst.id).slice(0, 3);
    const ids = [...outcomes.map((o) => o.id), analyst.id, outcomes[0]!.linkId!];
    expect(selectionSummary(doc, ids)).toBe('3 outcomes, 1 credential and 1 link');
    expect(selectionSummary(doc, [analyst.id, cloud.id])).toBe('2 credentials');
  });
});
