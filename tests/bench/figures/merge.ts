import { parseDocument } from '../../../shared/format';
import { mergeDocuments } from '../../../shared/merge';
import type { Id, McredDocument } from '../../../shared/model';
import { makeRng, type Rng } from '../../../shared/sample/generate';
import { Replica } from '../../unit/merge/support/replica';
import { mapFixture } from '../lib/fixtures';
import { timePair } from '../lib/measure';
import type { BenchContext, Figure } from '../lib/types';

/**
 * Budget from the architecture page: merging two divergent 10k-entity copies ≤ 200 ms.
 * The copies are the bench map edited concurrently by two people through commands, each
 * touching about 1% of its records (edits, moves, new skills and links, deletions,
 * comments), with some fields edited on both sides so that conflicts are found too.
 */

const ENTITIES = 10_000;
/** Wall time of the concurrent edits: a day after the generated map's start. */
const EDIT_MS = Date.UTC(2025, 8, 2, 8);

interface Copies {
  a: McredDocument;
  b: McredDocument;
  bytes: Uint8Array;
  edits: number;
}

function edit(base: McredDocument, replica: string, author: Id, rng: Rng): { doc: McredDocument; edits: number } {
  const r = new Replica(base, replica, author, EDIT_MS);
  const entities = Object.keys(base.entities);
  const links = Object.keys(base.links);
  const outcomes = entities.filter((id) => base.entities[id]!.kind === 'outcome');
  let now = EDIT_MS;
  let edits = 0;
  const run = (name: string, payload: unknown) => {
    if (r.tryApply(name, payload, (now += 1 + rng.int(30_000)))) edits++;
  };
  // A shared pool of 40 entities both people work on, then each person's own picks.
  const pick = () => (rng.chance(0.1) ? entities[rng.int(40)]! : rng.pick(entities));
  for (let i = 0; i < 150; i++) {
    const id = pick();
    const e = base.entities[id]!;
    const field = e.kind === 'skill' || e.kind === 'outcome' ? 'statement' : 'title';
    run('entity.update', { id, changes: { [field]: `Revised by ${author} (${i})`, ...(rng.chance(0.3) ? { description: `Note ${i} from ${author}` } : {}) } });
  }
  for (let i = 0; i < 30; i++) run('layout.move', { positions: { [pick()]: { x: rng.int(20_000), y: rng.int(20_000) } } });
  for (let i = 0; i < 20; i++) {
    const id = r.freshId('sk');
    run('entity.create', { entity: { id, kind: 'skill', statement: `New skill ${i} from ${author}`, skillType: 'skill', importance: 'essential' }, position: { x: 0, y: i * 100 } });
    run('link.create', { link: { id: r.freshId('ln'), kind: 'addresses', from: id, to: rng.pick(outcomes), level: 'introduced' } });
  }
  for (let i = 0; i < 20; i++) run('link.delete', { ids: [rng.pick(links)] });
  for (let i = 0; i < 10; i++) run('entity.delete', { ids: [rng.pick(entities)] });
  for (let i = 0; i < 10; i++) run('comment.add', { comment: { id: r.freshId('cm'), target: rng.pick(entities), author, at: '2025-09-02T09:00:00Z', body: `Comment ${i}` } });
  return { doc: r.save(now + 1).doc, edits };
}

function copies(ctx: BenchContext): Copies {
  return ctx.cached('merge-10k-copies', () => {
    const { doc, bytes } = mapFixture(ctx, ENTITIES);
    const people = Object.keys(doc.people);
    const a = edit(doc, 'bencha', people[0]!, makeRng(1));
    const b = edit(doc, 'benchb', people[1] ?? people[0]!, makeRng(2));
    return { a: a.doc, b: b.doc, bytes, edits: a.edits + b.edits };
  });
}

export const figures: Figure[] = [
  {
    name: 'merge-10k',
    versus: 'parseDocument of one copy',
    description:
      'mergeDocuments(a, b) of two copies of the generated 10k-entity map, each edited by commands on ~1% of its records, vs parseDocument(bytes) of one copy; the budget bounds the value: ≤ 200 ms',
    measure(ctx) {
      const { a, b, bytes } = copies(ctx);
      const check = mergeDocuments(a, b);
      if (!check.conflicts.length) throw new Error('the divergent copies should conflict somewhere');
      const t = timePair(
        () => mergeDocuments(a, b),
        () => parseDocument(bytes),
        ctx,
      );
      return { value: t.subject, unit: 'ms', reference: t.reference, target: null, budget: 200 };
    },
  },
];
