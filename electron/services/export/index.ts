import { ExportError, runExport, type ExportOutput, type ExportRequest } from '../../../shared/export';
import type { McredDocument } from '../../../shared/model';
import { WriteError, writeFileAtomic, type WriteErrorCode } from '../documents';

export type ExportFileResult =
  | { ok: true; path: string; bytes: number; notes: string[] }
  | { ok: false; code: ExportError['code'] | WriteErrorCode; message: string };

/**
 * Exports and writes atomically (temp file, fsync, rename); nothing is written when the
 * export fails. With `backup`, a file that is replaced is kept as `FILE.bak`.
 */
export async function exportToFile(
  doc: McredDocument,
  request: ExportRequest,
  path: string,
  env: { now: Date; onProgress?: (done: number, total: number) => void; backup?: boolean },
): Promise<ExportFileResult> {
  let out: ExportOutput;
  try {
    out = await runExport(doc, request, env);
  } catch (e) {
    if (e instanceof ExportError) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
  try {
    await writeFileAtomic(path, out.bytes, { backup: env.backup ?? false });
  } catch (e) {
    if (e instanceof WriteError) return { ok: false, code: e.code, message: e.message.replace(/saved/g, 'exported') };
    throw e;
  }
  return { ok: true, path, bytes: out.bytes.byteLength, notes: out.notes };
}

/** A default file name for an export: "Cybersecurity Analyst Professional Certificate.docx". */
export function exportFileName(title: string, extension: string): string {
  const safe = [...title].map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch)).join('');
  return `${safe.replace(/\s+/g, ' ').trim().slice(0, 120) || 'export'}.${extension}`;
}
