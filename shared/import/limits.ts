/**
 * How big an import source may be. Checked before a file is read (by size, on disk or as a
 * browser File), so a huge file is refused at once instead of filling memory: ESCO's
 * full skills list is about 10 MB and O*NET's Skills.txt about 5 MB; a map itself may be
 * 64 MB at most, so skills from a bigger source could not be saved in one anyway.
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
/** Items of a CASE package imported at most (ESCO has about 14,000 skills): more is refused before they are read one by one. */
export const MAX_IMPORT_ITEMS = 50_000;

const mb = (bytes: number) => `${Math.max(1, Math.round(bytes / (1024 * 1024)))} MB`;

/** Why a source of `size` bytes is not read, or undefined when it may be. */
export function importSizeProblem(size: number): string | undefined {
  if (size <= MAX_IMPORT_BYTES) return undefined;
  return `the file is ${mb(size)}; skill lists larger than ${mb(MAX_IMPORT_BYTES)} are not imported (split it, or filter it to the skills you need first)`;
}

export function importItemsProblem(count: number): string | undefined {
  if (count <= MAX_IMPORT_ITEMS) return undefined;
  return `the package has ${count.toLocaleString('en')} items; at most ${MAX_IMPORT_ITEMS.toLocaleString('en')} are imported at once (split it first)`;
}
