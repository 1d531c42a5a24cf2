import {
  FORMAT_NAME,
  POSITION_FIELD,
  isPositionField,
  SCHEMA_VERSION,
  SETTINGS_RECORD,
  makeId,
  type Entity,
  type EntityKind,
  type Id,
  type IdKind,
  type McredDocument,
  type Revision,
  type Save,
  type Settings,
  type Stamp,
} from '../model';
import { INSTITUTION_COUNTS, INSTITUTION_LINKS, linkQuotas, scaleCounts, type EntityCounts } from './generator/counts';
import { makeActivity, makeAssessment, makeCredential, makeOutcome, makeProgram, makeSkill, type MapStyle } from './generator/entities';
import { blockOf, generateLinks, homeOf } from './generator/links';
import { resolveCounts, type GenerateOptions, type ResolvedCounts } from './generator/options';
import { makeRng, type Rng } from './generator/prng';
import { makeComments, makeEndorsements, makeLayout, makePeople } from './generator/records';
import { Stamper, stampsFor } from './generator/stamper';
import { COUNTRIES, DOMAINS, INSTITUTIONS, type Domain } from './generator/words';

export { INSTITUTION_COUNTS, INSTITUTION_LINKS, scaleCounts, resolveCounts, makeRng };
export type { EntityCounts, GenerateOptions, ResolvedCounts, Rng };

/** 2025-09-01T08:00:00Z: when the generated team starts work. */
const DEFAULT_START_MS = Date.UTC(2025, 8, 1, 8);
const ENTITY_ORDER: readonly EntityKind[] = ['program', 'credential', 'outcome', 'assessment', 'activity', 'skill'];
/** Share of entities with one field edited again later, by someone else. */
const EDITED_SHARE = 0.1;

/**
 * A valid, deterministic map of any size: `generateMap({ seed: 1 })` is institution scale
 * (7,220 entities, 12,000 links); `generateMap({ seed: 1, entities: 10_000 })` scales it.
 * Built directly (not through commands) for speed, with a stamp for every field of every
 * record, so it passes `parseDocument(serialiseDocument(doc))` with no problems.
 */
export function generateMap(options: GenerateOptions): McredDocument {
  const counts = resolveCounts(options);
  const rng = makeRng(options.seed);
  const stamper = new Stamper(rng, options.startMs ?? DEFAULT_START_MS);
  const used = new Set<string>();
  const newId = (kind: IdKind): Id => {
    let id = makeId(kind, rng.next);
    while (used.has(id)) id = makeId(kind, rng.next);
    used.add(id);
    return id;
  };
  const stamps: Record<string, Record<string, Stamp>> = {};

  const institution = rng.pick(INSTITUTIONS);
  const country = rng.pick(COUNTRIES);
  const creditUnit = country === 'New Zealand' ? 'nz-credit' : 'ects';
  const style: MapStyle = {
    institution,
    country,
    creditUnit,
    hoursPerCredit: creditUnit === 'ects' ? 27.5 : 10,
    site: `${institution.toLowerCase().replace(/[^a-z]+/g, '-')}.example.edu`,
  };
  const settings: Settings = {
    title: `${institution} micro-credential map (generated, seed ${options.seed})`,
    institution,
    country,
    creditUnit,
    profiles: creditUnit === 'ects' ? ['eu-2022', 'unesco-2022', 'house'] : ['nzqa', 'unesco-2022', 'house'],
    house: { name: `${institution} rules`, maxCredits: creditUnit === 'ects' ? 10 : 40, minOutcomes: 3, maxOutcomes: 20, requiredFields: ['targetAudience', 'reviewCycleMonths'] },
  };

  const people = makePeople(rng, counts.people, newId, institution, DOMAINS, style.site);
  const designers = people.filter((p) => p.role === 'designer').map((p) => p.id);
  const authors = designers.length ? designers : people.length ? people.map((p) => p.id) : ['pe_generator'];
  const lead = authors[0]!;
  stamps[SETTINGS_RECORD] = stampsFor(settings, stamper.next(lead));
  for (const p of people) stamps[p.id] = stampsFor(p, stamper.next(lead));

  const { entities, ids, credentials } = makeEntities(rng, counts, style, newId);
  for (const kind of ENTITY_ORDER) {
    for (const id of ids[kind]) stamps[id] = stampsFor(entities[id]!, stamper.next(rng.pick(authors)), POSITION_FIELD);
  }
  const entityList = Object.values(entities);

  const linkList = generateLinks({
    rng,
    counts,
    quotas: linkQuotas(counts.links, counts),
    ids,
    credentials,
    newId: () => newId('link'),
  });
  const links: McredDocument['links'] = {};
  for (const l of linkList) {
    links[l.id] = l;
    stamps[l.id] = stampsFor(l, stamper.next(rng.pick(authors), 1 + rng.int(20_000)));
  }

  // Later edits: one field of some entities changed again, by any of the designers.
  for (const e of entityList) {
    if (!rng.chance(EDITED_SHARE)) continue;
    const field = rng.pick(['statement', 'title', POSITION_FIELD, 'description'].filter((k) => k in e || isPositionField(k)));
    stamps[e.id]![field] = stamper.next(rng.pick(authors));
  }

  // Comments and endorsements carry their time; it is the time of their stamp.
  const recordStamps: Stamp[] = [];
  const timeOf = (author: Id): string => {
    recordStamps.push(stamper.next(author, 1 + rng.int(3_600_000)));
    return new Date(stamper.time).toISOString();
  };
  const comments = makeComments(rng, counts.comments, () => newId('comment'), { entities: entityList, links: linkList }, people, timeOf);
  const endorsements = makeEndorsements(rng, counts.endorsements, () => newId('endorsement'), [...ids.skill, ...ids.credential], people, (a) => timeOf(a).slice(0, 10));
  [...comments, ...endorsements].forEach((r, i) => (stamps[r.id] = stampsFor(r, recordStamps[i]!)));

  const revisions: Record<Id, Revision> = {};
  for (let i = 0; i < counts.revisions; i++) {
    const id = newId('revision');
    const stamp = stamper.next(lead, 86_400_000);
    revisions[id] = { id, name: `Sent to faculty review ${i + 1}`, at: new Date(stamper.time).toISOString(), author: lead, snapshot: { settings, entities, links } };
    stamps[id] = stampsFor(revisions[id], stamp);
  }
  const saves: Record<Id, Save> = {};
  for (let i = 0; i < counts.saves; i++) {
    const s: Save = { id: newId('save'), stamp: stamper.next(rng.pick(authors), 3_600_000) };
    saves[s.id] = s;
  }

  return {
    format: FORMAT_NAME,
    schemaVersion: SCHEMA_VERSION,
    id: newId('map'),
    settings,
    entities,
    links,
    layout: makeLayout(rng, ids, counts),
    people: Object.fromEntries(people.map((p) => [p.id, p])),
    comments: Object.fromEntries(comments.map((c) => [c.id, c])),
    endorsements: Object.fromEntries(endorsements.map((e) => [e.id, e])),
    revisions,
    reviews: {},
    proposals: {},
    approvals: {},
    saves,
    meta: { stamps, tombstones: {} },
  };
}

function makeEntities(rng: Rng, counts: ResolvedCounts, style: MapStyle, newId: (kind: IdKind) => Id) {
  const C = counts.credential;
  const P = counts.program;
  const ids = {} as Record<EntityKind, Id[]>;
  for (const kind of ENTITY_ORDER) ids[kind] = Array.from({ length: counts[kind] }, () => newId(kind));
  const programOf = (c: number) => (P > 0 && C > 0 ? Math.floor((c * P) / C) : -1);
  const programDomain = (p: number, n = P): Domain => DOMAINS[Math.floor((p * DOMAINS.length) / Math.max(n, 1)) % DOMAINS.length]!;
  const credentialDomain = (c: number): Domain => (P > 0 ? programDomain(programOf(c)) : programDomain(c, C));
  /** The domain of item `i` of `n`: its home credential's, or spread evenly when there are none. */
  const domainOf = (i: number, n: number): Domain => (C > 0 ? credentialDomain(homeOf(i, n, C)) : programDomain(i, n));

  const entities: Record<Id, Entity> = {};
  const programs = ids.program.map((id, p) => makeProgram(rng, id, programDomain(p), style));
  for (const p of programs) entities[p.id] = p;
  const credentials = ids.credential.map((id, c) => makeCredential(rng, id, credentialDomain(c), c, style, programs[programOf(c)]?.title));
  for (const c of credentials) entities[c.id] = c;
  ids.outcome.forEach((id, o) => {
    const home = homeOf(o, counts.outcome, C);
    const code = home >= 0 ? o - blockOf(home, counts.outcome, C)[0] + 1 : o + 1;
    entities[id] = makeOutcome(rng, id, domainOf(o, counts.outcome), code);
  });
  ids.assessment.forEach((id, i) => (entities[id] = makeAssessment(rng, id, domainOf(i, counts.assessment))));
  ids.activity.forEach((id, i) => (entities[id] = makeActivity(rng, id, domainOf(i, counts.activity))));
  ids.skill.forEach((id, i) => (entities[id] = makeSkill(rng, id, domainOf(i, counts.skill))));
  return { entities, ids, credentials };
}
