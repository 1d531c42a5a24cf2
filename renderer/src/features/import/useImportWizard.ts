import { useEffect, useMemo, useRef, useState } from 'react';
import {
  buildImportPayload,
  decodeText,
  detectFormat,
  detectFrameworkUpdates,
  flagUpdatesPayload,
  planImport,
  type ColumnMapping,
  type DuplicateAction,
  type ImportFormat,
  type ImportPlan,
  type ParseResult,
  type UpdateCheck,
} from '../../../../shared/import';
import type { CommandCall } from '../../../../shared/commands';
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
  /** The release the file is (prefilled from the file, editable), and whether it is the framework's full release. */
  const [release, setRelease] = useState('');
  const [fullRelease, setFullRelease] = useState(false);

  const job = useRef<{ cancel: () => void }>(undefined);
  useEffect(() => () => job.current?.cancel(), []);

  /** Parses in the worker; a newer parse cancels the one still running. */
  const parse = (f: { name: string; bytes: Uint8Array }, fmt: ImportFormat, map: ColumnMapping | undefined) => {
    job.current?.cancel();
    setProgress(0);
    setRefusal(undefined);
    const today = new Date().toISOString().slice(0, 10);
    const running = parseInWorker(f.bytes, fmt, { ...(map ? { mapping: map } : {}), sourceName: f.name, today }, setProgress);
    job.current = running;
    void running.result.then((r) => {
      if (job.current !== running) return;
      setResult(r);
      setProgress(undefined);
      // Skills the release marks obsolete are not picked unless the user picks them.
      setSelected(new Set(r.ok ? r.skills.flatMap((s, i) => (s.obsolete ? [] : [i])) : []));
      setActions(new Map());
      setMapping(r.ok && r.format === 'csv' ? r.mapping : undefined);
      setRelease(r.ok ? (r.release ?? '') : '');
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

  /** The parsed skills with the release as the user has it now (stored on every skill with a source). */
  const skills = useMemo(() => {
    if (!result?.ok) return undefined;
    const name = release.trim().slice(0, 200);
    if (name === (result.release ?? '')) return result.skills;
    return result.skills.map((s) => {
      if (!s.source) return s;
      const source = { ...s.source };
      if (name) source.release = name;
      else delete source.release;
      return { ...s, source };
    });
  }, [result, release]);

  const plan: ImportPlan | undefined = useMemo(() => {
    if (!skills) return undefined;
    const p = planImport(doc, skills, { select: selected });
    for (const d of p.duplicates) d.action = actions.get(d.index) ?? d.action;
    return p;
  }, [doc, skills, selected, actions]);

  /** What the file, as a release of frameworks the map has skills from, changes in those skills. */
  const updates: UpdateCheck | undefined = useMemo(() => {
    if (!skills || !result?.ok) return undefined;
    const name = release.trim();
    const complete = result.format === 'case' || fullRelease;
    const check = detectFrameworkUpdates(doc, skills, { found: new Date().toISOString().slice(0, 10), ...(name ? { release: name } : {}), complete, compareDescriptions: result.format !== 'onet' });
    return check.checked ? check : undefined;
  }, [doc, skills, result, release, fullRelease]);

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
    const flags = updates?.updates.length ?? 0;
    // Import and flag as ONE undo step.
    const calls: CommandCall[] = [{ name: 'skill.import', payload }];
    if (updates && flags) calls.push({ name: 'skill.flagUpdates', payload: flagUpdatesPayload(updates) });
    const label = `Import ${n} skill${n === 1 ? '' : 's'}${flags ? `, flag ${flags} update${flags === 1 ? '' : 's'}` : ''}`;
    const why = store.dispatchAll(calls, { label });
    if (why) setRefusal(why.message);
    else onDone();
  };

  return {
    file,
    format,
    mapping,
    progress,
    result,
    selected,
    plan,
    updates,
    release,
    fullRelease,
    onError,
    refusal,
    blocked,
    chooseFile,
    chooseFormat,
    setMapping: changeMapping,
    setSelected,
    setDuplicateAction,
    setOnError,
    setRelease,
    setFullRelease,
    apply,
  };
}
