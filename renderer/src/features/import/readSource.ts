import { importSizeProblem } from '../../../../shared/import';

export type SourceRead = { ok: true; name: string; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Reads a file the user chose to import — after checking its size, so a huge file is
 * refused at once instead of being pulled into the page (a 700 MB file used to end in
 * "Cannot create a string longer than …").
 */
export async function readImportSource(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<SourceRead> {
  const tooLarge = importSizeProblem(file.size);
  if (tooLarge) return { ok: false, message: `"${file.name}": ${tooLarge}.` };
  try {
    return { ok: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (e) {
    return { ok: false, message: `"${file.name}" could not be read (${e instanceof Error ? e.message : String(e)}).` };
  }
}
