import { applyCommand, createDocument, type CommandCall } from '../../../../shared/commands';
import type { McredDocument } from '../../../../shared/model';

/** Stamps for test maps: one millisecond apart, from 2026-01-05, by `author`. */
export function stampMaker(author = 'pe_ada', start = Date.UTC(2026, 0, 5, 9, 0, 0)): () => string {
  let ms = start;
  return () => `${String(ms++)}-000-testrepl@${author}`;
}

export function emptyMap(stamp = stampMaker()): McredDocument {
  return createDocument({
    id: 'map_test',
    settings: { title: 'Test map', creditUnit: 'ects', profiles: ['eu-2022'] },
    author: { id: 'pe_ada', name: 'Ada Lovelace', role: 'designer' },
    stamp: stamp(),
  });
}

/** Applies commands in order; a refusal is a bug in the test, so it throws. */
export function applyAll(doc: McredDocument, calls: readonly CommandCall[], stamp = stampMaker('pe_ada', Date.UTC(2026, 0, 6))): McredDocument {
  let next = doc;
  for (const call of calls) {
    const r = applyCommand(next, call, { stamp: stamp() });
    if (!r.ok) throw new Error(`${call.name}: ${r.refusal.message}`);
    next = r.doc;
  }
  return next;
}

/**
 * A small map whose figures are known: 3 skills (2 essential, 1 addressed), 3 outcomes,
 * 1 assessment, 1 activity, 3 credentials (5 ECTS, 10 CATS, none), 1 program;
 * comments: an open thread with a reply and a resolved thread; 1 endorsement; 1 revision.
 */
export function makeStatsMap(): McredDocument {
  const skill = (id: string, importance: 'essential' | 'optional') =>
    ({ name: 'entity.create', payload: { entity: { id, kind: 'skill', statement: `Skill ${id}`, skillType: 'skill', importance } } }) as const;
  const outcome = (id: string) => ({ name: 'entity.create', payload: { entity: { id, kind: 'outcome', statement: `Do ${id}` } } }) as const;
  const credential = (id: string, title: string, credits?: { value: number; unit: 'ects' | 'uk-cats' }) =>
    ({ name: 'entity.create', payload: { entity: { id, kind: 'credential', title, version: '1.0', status: 'draft', language: 'en', ...(credits ? { credits } : {}) } } }) as const;
  const link = (id: string, kind: 'addresses' | 'assessed-by' | 'part-of' | 'develops' | 'stacks-into', from: string, to: string) =>
    ({ name: 'link.create', payload: { link: kind === 'addresses' ? { id, kind, from, to, level: 'introduced' } : { id, kind, from, to } } }) as const;
  const at = '2026-01-07T10:00:00Z';
  return applyAll(emptyMap(), [
    skill('sk_a', 'essential'),
    skill('sk_b', 'essential'),
    skill('sk_c', 'optional'),
    outcome('lo_1'),
    outcome('lo_2'),
    outcome('lo_3'),
    { name: 'entity.create', payload: { entity: { id: 'as_1', kind: 'assessment', title: 'Project', assessmentType: 'project' } } },
    { name: 'entity.create', payload: { entity: { id: 'ac_1', kind: 'activity', title: 'Workshop', deliveryMode: 'onsite', contactHours: 6, selfStudyHours: 10 } } },
    credential('mc_b', 'Beta credential', { value: 10, unit: 'uk-cats' }),
    credential('mc_a', 'Alpha credential', { value: 5, unit: 'ects' }),
    credential('mc_c', 'Gamma credential', { value: 2.5, unit: 'ects' }),
    { name: 'entity.create', payload: { entity: { id: 'pg_1', kind: 'program', title: 'Certificate' } } },
    link('ln_1', 'addresses', 'sk_a', 'lo_1'),
    link('ln_2', 'addresses', 'sk_c', 'lo_2'),
    link('ln_3', 'assessed-by', 'lo_1', 'as_1'),
    link('ln_4', 'part-of', 'lo_1', 'mc_a'),
    link('ln_5', 'part-of', 'lo_2', 'mc_a'),
    link('ln_6', 'develops', 'ac_1', 'lo_1'),
    link('ln_7', 'stacks-into', 'mc_a', 'pg_1'),
    { name: 'person.upsert', payload: { person: { id: 'pe_bob', name: 'Bob Advisor', role: 'advisor' } } },
    { name: 'comment.add', payload: { comment: { id: 'cm_1', target: 'sk_a', author: 'pe_bob', at, body: 'Still needed?' } } },
    { name: 'comment.add', payload: { comment: { id: 'cm_2', target: 'sk_a', author: 'pe_ada', at, body: 'Yes.', replyTo: 'cm_1' } } },
    { name: 'comment.add', payload: { comment: { id: 'cm_3', target: 'lo_1', author: 'pe_bob', at, body: 'Typo' } } },
    { name: 'comment.resolve', payload: { id: 'cm_3', resolved: true } },
    { name: 'endorsement.add', payload: { endorsement: { id: 'en_1', target: 'mc_a', person: 'pe_bob', date: '2026-01-07' } } },
    { name: 'revision.create', payload: { id: 'rv_1', name: 'Sent to review', at, author: 'pe_ada' } },
  ]);
}
