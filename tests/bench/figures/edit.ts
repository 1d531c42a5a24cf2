import { analyse, reanalyse, type AnalysisResult } from '../../../shared/analysis';
import type { CommandCall } from '../../../shared/commands';
import type { Entity, McredDocument } from '../../../shared/model';
import { changedIdsBetween } from '../../../renderer/src/features/readiness/changedIds';
import { DocumentStore } from '../../../renderer/src/store/documentStore';
import { mapFixture } from '../lib/fixtures';
import { timePair } from '../lib/measure';
import type { BenchContext, Figure } from '../lib/types';

/**
 * Issue #16 item 10: an edit costs O(change), not O(map). Edits through the document store
 * — the command, its stamps, the undo patches, the incremental re-check — on the opened
 * 10k-entity map, against the same edits on the opened 100-entity map in the same run
 * (≤ 2 ×). Each timed run makes EDITS edits in different places (a map edited in many
 * places, as a person does), and reports the time per edit.
 */

const BIG = 10_000;
const SMALL = 100;
const EDITS = 10;

type Outcome = Extract<Entity, { kind: 'outcome' }>;
type Skill = Extract<Entity, { kind: 'skill' }>;

/** The n-th edit of a kind, given the map's outcomes and skills and the document as it stands. */
type MakeEdit = (n: number, outcomes: Outcome[], skills: Skill[], doc: McredDocument) => CommandCall;

interface Editor {
  /** Makes one round of EDITS edits and returns the last analysis result. */
  round(): AnalysisResult;
}

function editor(ctx: BenchContext, entities: number, kind: string, make: MakeEdit, undoEach: boolean): Editor {
  return ctx.cached(`edit-store-${kind}-${entities}`, () => {
    const doc: McredDocument = mapFixture(ctx, entities).loaded;
    let now = Date.UTC(2027, 0, 1);
    const store = new DocumentStore(doc, 'pe_bench', 'bench001', () => (now += 2_000));
    const all = Object.values(doc.entities);
    const outcomes = all.filter((e): e is Outcome => e.kind === 'outcome');
    const skills = all.filter((e): e is Skill => e.kind === 'skill');
    if (outcomes.length < EDITS || skills.length < EDITS) throw new Error(`the ${entities}-entity map has fewer than ${EDITS} outcomes or skills`);
    let result = analyse(doc);
    let n = 0;
    // What the readiness panel does after an edit (features/readiness/readinessStore.ts).
    const recheck = (before: McredDocument) => {
      const next = store.getState().doc;
      const ids = changedIdsBetween(before, next);
      result = ids ? reanalyse(result, next, ids) : analyse(next);
    };
    const round = (): AnalysisResult => {
      for (let i = 0; i < EDITS; i++, n++) {
        const before = store.getState().doc;
        const refusal = store.dispatch(make(n, outcomes, skills, before));
        if (refusal) throw new Error(`the bench edit was refused: ${refusal.message}`);
        recheck(before);
        if (!undoEach) continue;
        const edited = store.getState().doc;
        if (!store.undo()) throw new Error('the bench edit could not be undone');
        recheck(edited);
      }
      return result;
    };
    return { round };
  });
}

const rewrite: MakeEdit = (n, outcomes) => ({ name: 'entity.update', payload: { id: outcomes[(n * 7) % outcomes.length]!.id, changes: { statement: `Analyse network traffic, revision ${n}` } } });

/** The skill → outcome pairs of the opened map (each drawn link is undone, so they stay as they were), by editor. */
const linkedPairs = new WeakMap<Skill[], Set<string>>();

/** A new skill → outcome link between two entities it does not join yet. */
const drawLink: MakeEdit = (n, outcomes, skills, doc) => {
  let linked = linkedPairs.get(skills);
  if (!linked) {
    linked = new Set();
    for (const l of Object.values(doc.links)) if (l.kind === 'addresses') linked.add(`${l.from} ${l.to}`);
    linkedPairs.set(skills, linked);
  }
  for (let k = n; ; k++) {
    const skill = skills[k % skills.length]!;
    const outcome = outcomes[(k * 7) % outcomes.length]!;
    if (!linked.has(`${skill.id} ${outcome.id}`)) return { name: 'link.create', payload: { link: { id: `ln_bench${n.toString(36)}`, kind: 'addresses', from: skill.id, to: outcome.id, level: 'introduced' } } };
  }
};

/** An outcome deleted with its links and comments (undone after each, so the map stays as opened). */
const deleteOutcome: MakeEdit = (n, outcomes) => ({ name: 'entity.delete', payload: { ids: [outcomes[(n * 7) % outcomes.length]!.id] } });

function editFigure(name: string, what: string, make: MakeEdit, undoEach: boolean): Figure {
  return {
    name,
    versus: 'the same edit on the opened 100-entity map',
    description: `${what} through the document store (command, stamps, undo patches, incremental re-check; ${EDITS} edits in different places per run) on the opened ${BIG}-entity map vs the same on the opened ${SMALL}-entity map; the ratio is the budget: ≤ 2`,
    measure(ctx) {
      const big = editor(ctx, BIG, name, make, undoEach);
      const small = editor(ctx, SMALL, name, make, undoEach);
      const t = timePair(() => big.round(), () => small.round(), ctx);
      return { value: t.subject / EDITS, unit: 'ms', reference: t.reference / EDITS, target: 2 };
    },
  };
}

export const figures: Figure[] = [
  editFigure('edit-field-10k', 'one entity.update (an outcome rewritten)', rewrite, false),
  editFigure('link-create-10k', 'one link.create (a skill → outcome link drawn, then undone: both timed)', drawLink, true),
  editFigure('entity-delete-10k', 'one entity.delete (an outcome with its links and comments, then undone: both timed)', deleteOutcome, true),
];
