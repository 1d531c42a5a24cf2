import { useEffect, useMemo, useRef, useState } from 'react';
import {
  buildImportPayload,
  decodeText,
  detectFormat,
  planImport,
  type ColumnMapping,
  type DuplicateAction,
  type ImportFormat,
  type ImportPlan,
  type ParseResult,
} from '../../../../shared/import';
import type { McredDocument } from '../../../../shared/model';
import { useDoc, useDocumentStore } from '../../store';
import { parseInWorker } from './parseInWorker';
import { readImportSource } from './readSource';

export type OnError = 'skip' | 'stop';
const selectDoc = (d: McredDocument) => d;

/** Reads the first 64 kB as text for format detection, without decoding a 10 MB file twice. */
function detectFromBytes(bytes: Uint8Array): ImportFormat | undefined {
  const head = decodeText(bytes.subarray(0, 65_536)).text;
  return head.trimStart().startsWith('{') ? 'case' : detectFormat(head);
}

/**
 * The wizard's state: the chosen file, its format and mapping, the parse (in a worker, with
 * progress), what is picked, what to do with duplicates and malformed rows, and the apply:
 * ONE `skill.import` command through the document store, so one undo removes it all.
 */
export function useImportWizard(onDone: () => void) {
  const store = useDocumentStore();
  const doc = useDoc(selectDoc);
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array }>();
  const [format, setFormat] = useState<ImportFormat>();
  const [mapping, setMapping] = useState<ColumnMapping>();
  const [progress, setProgress] = useState<number>();
  const [result, setResult] = useState<ParseResult>();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [actions, setActions] = useState<ReadonlyMap<number, DuplicateAction>>(new Map());
  const [onError, setOnError] = useState<OnError>('stop');
  const [refusal, setRefusal] = useState<string>();

  const job = useRef<{ cancel: () => void }>(undefined);
  useEffect(() => () => job.current?.cancel(), []);

  /** Parses in the worker; a newer parse cancels the one still running. */
  const parse = (f: { name: string; bytes: Uint8Array }, fmt: ImportFormat, map: ColumnMapping | undefined) => {
    job.current?.cancel();
    setProgress(0);
    setRefusal(undefined);
    const running = parseInWorker(f.bytes, fmt, map ? { mapping: map } : {}, setProgress);
    job.current = running;
    void running.result.then((r) => {
      if (job.current !== running) return;
      setResult(r);
      setProgress(undefined);
      setSelected(new Set(r.ok ? r.skills.map((_, i) => i) : []));
      setActions(new Map());
      setMapping(r.ok && r.format === 'csv' ? r.mapping : undefined);
    });
  };

  const chooseFile = async (f: File) => {
    const read = await readImportSource(f);
    if (!read.ok) {
      job.current?.cancel();
      setProgress(undefined);
      setFile(undefined);
      setFormat(undefined);
      setResult(undefined);
      setRefusal(read.message);
      return;
    }
    const chosen = { name: read.name, bytes: read.bytes };
    const fmt = detectFromBytes(chosen.bytes) ?? 'csv';
    setResult(undefined);
    setFile(chosen);
    setFormat(fmt);
    parse(chosen, fmt, undefined);
  };

  const chooseFormat = (next: ImportFormat) => {
    setFormat(next);
    if (file) parse(file, next, undefined);
  };

  const changeMapping = (next: ColumnMapping) => {
    setMapping(next);
    if (file && format) parse(file, format, next);
  };

  const plan: ImportPlan | undefined = useMemo(() => {
    if (!result?.ok) return undefined;
    const p = planImport(doc, result.skills, { select: selected });
    for (const d of p.duplicates) d.action = actions.get(d.index) ?? d.action;
    return p;
  }, [doc, result, selected, actions]);

  const setDuplicateAction = (indexes: readonly number[], action: DuplicateAction) => {
    const next = new Map(actions);
    for (const i of indexes) next.set(i, action);
    setActions(next);
  };

  const blocked = result?.ok === true && result.problems.length > 0 && onError === 'stop';
  const apply = () => {
    if (!plan || blocked) return;
    const payload = buildImportPayload(doc, plan, Math.random);
    const n = payload.creates.length;
    const why = store.dispatch({ name: 'skill.import', payload }, { label: `Import ${n} skill${n === 1 ? '' : 's'}` });
    if (why) setRefusal(why.message);
    else onDone();
  };

  return { file, format, mapping, progress, result, selected, plan, onError, refusal, blocked, chooseFile, chooseFormat, setMapping: changeMapping, setSelected, setDuplicateAction, setOnError, apply };
}
