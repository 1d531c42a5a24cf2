import { useEffect, useRef, useState } from 'react';
import { applyCommand } from '../../../../shared/commands';
import type { Identity } from '../../../../shared/ipc';
import type { McredDocument, Stamp } from '../../../../shared/model';
import type { PlanResult } from '../../../../shared/review/reading';
import { useDocumentStore } from '../../store';
import { ensurePerson } from '../advisor/edits';
import { personOf } from '../files/openMap';
import type { ReviewStage } from './protocol';
import { reviewInWorker } from './reviewInWorker';
import { reviewUi } from './reviewUi';

/** The file being read: its name, and its bytes once the File API has them. */
export interface ChosenFile {
  name: string;
}

/**
 * The Import Review dialog's state: the chosen .docx, its reading and plan (in a worker,
 * with the stage shown), and the apply — ONE `review.import` command, so one undo takes
 * the whole review back out. The importer is the current person.
 */
export function useReviewImport(identity: Identity | null | undefined, onDone: () => void) {
  const store = useDocumentStore();
  const [file, setFile] = useState<ChosenFile>();
  const [stage, setStage] = useState<ReviewStage | 'loading'>();
  const [result, setResult] = useState<PlanResult>();
  const [refusal, setRefusal] = useState<string>();

  const job = useRef<{ cancel: () => void }>(undefined);
  useEffect(() => () => job.current?.cancel(), []);

  const choose = async (f: File) => {
    if (!identity) return;
    job.current?.cancel();
    job.current = undefined;
    setFile({ name: f.name });
    setResult(undefined);
    setRefusal(undefined);
    setStage('loading');
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await f.arrayBuffer());
    } catch (error) {
      setStage(undefined);
      setResult({ ok: false, code: 'corrupt', message: `The file could not be opened (${error instanceof Error ? error.message : String(error)}).` });
      return;
    }
    // The plan names the importer, who must be a person of the map: planned against a copy
    // that has them, so that a file that turns out unreadable leaves the map untouched.
    const running = reviewInWorker(bytes, withPerson(store.getState().doc, identity, store.nextStamp()), { now: new Date(), importer: identity.personId, file: f.name }, setStage);
    job.current = running;
    const r = await running.result;
    if (job.current !== running) return;
    setStage(undefined);
    setResult(r);
  };

  const plan = result?.ok ? result.plan : undefined;
  const nothingNew = !!plan && plan.fresh.changes === 0 && plan.fresh.comments === 0;

  const apply = () => {
    if (!plan || nothingNew || !identity || !file) return;
    // Outside the undo history, like a comment's author: undoing the import keeps them.
    ensurePerson(store, identity);
    const why = store.dispatch({ name: 'review.import', payload: plan.payload }, { label: `Import review from ${file.name}` });
    if (why) return setRefusal(why.message);
    reviewUi.setPanelOpen(true);
    onDone();
  };

  return { file, stage, result, plan, nothingNew, refusal, choose, apply };
}

/** The map with the user among its people (unchanged when they already are). */
function withPerson(doc: McredDocument, identity: Identity, stamp: Stamp): McredDocument {
  if (doc.people[identity.personId]) return doc;
  const r = applyCommand(doc, { name: 'person.upsert', payload: { person: personOf(identity) } }, { stamp });
  return r.ok ? r.doc : doc;
}
