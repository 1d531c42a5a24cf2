import { useCallback, useEffect, useRef, useState } from 'react';
import { isNotText, notTextMessage, readPostings, type PostingMapping, type PostingsFormat } from '../../../../shared/evidence';
import { decodeText } from '../../../../shared/import';
import type { McredDocument } from '../../../../shared/model';
import { countInWorker } from './countInWorker';
import type { Counted } from './protocol';

/** How much of the file the mapping preview reads. */
const PREVIEW_BYTES = 256 * 1024;

export interface Preview {
  format: PostingsFormat;
  header: string[];
  mapping: PostingMapping;
  rows: string[][];
  /** Why the file cannot be counted, as a sentence naming the file. */
  error?: string;
}

/**
 * The dialog's state: the chosen file, a preview of its start (header, guessed mapping,
 * first rows), the count running in a worker with its progress, and the result.
 */
export function usePostings(doc: McredDocument) {
  const [file, setFile] = useState<File | undefined>();
  const [preview, setPreview] = useState<Preview | undefined>();
  const [mapping, setMapping] = useState<PostingMapping>({});
  const [progress, setProgress] = useState<number | undefined>();
  const [counted, setCounted] = useState<Counted | undefined>();
  const [error, setError] = useState<string | undefined>();
  const cancel = useRef<() => void>(undefined);
  useEffect(() => () => cancel.current?.(), []);

  const choose = useCallback(async (f: File) => {
    cancel.current?.();
    setFile(f);
    setCounted(undefined);
    setError(undefined);
    setProgress(undefined);
    try {
      const bytes = new Uint8Array(await f.slice(0, PREVIEW_BYTES).arrayBuffer());
      const { reader } = readPostings(decodeText(bytes).text);
      // The same check as mcred evidence: a workbook or a PDF is named as such, not as a file without a text column.
      const error = isNotText(bytes) ? notTextMessage(f.name) : reader.error && reader.header.length === 0 ? `${f.name}: ${reader.error}` : undefined;
      const p: Preview = { format: reader.format ?? 'csv', header: reader.header, mapping: reader.mapping, rows: reader.preview.slice(0, 3), ...(error ? { error } : {}) };
      setPreview(p);
      setMapping(p.mapping);
    } catch (e) {
      setPreview(undefined);
      setError(`"${f.name}" could not be read (${e instanceof Error ? e.message : String(e)})`);
    }
  }, []);

  const count = useCallback(() => {
    if (!file || !preview) return;
    cancel.current?.();
    setCounted(undefined);
    setError(undefined);
    setProgress(0);
    const job = countInWorker(file, doc, { format: preview.format, mapping }, setProgress);
    cancel.current = job.cancel;
    void job.result.then((r) => {
      setProgress(undefined);
      if ('error' in r) setError(`${file.name}: ${r.error}`);
      else setCounted(r);
    });
  }, [file, preview, doc, mapping]);

  return { file, preview, mapping, setMapping, progress, counted, error, choose, count };
}
