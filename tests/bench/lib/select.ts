/**
 * The figures `--only` names: a figure's exact name, or a group — the part of the names before
 * the first `-` (`--only suggest` runs every `suggest-…` figure). Returns the names that match
 * nothing, so the caller can say so.
 */
export function selectFigures<F extends { name: string }>(all: readonly F[], only: readonly string[]): { chosen: F[]; unknown: string[] } {
  if (!only.length) return { chosen: [...all], unknown: [] };
  const matches = (pick: string, f: F) => f.name === pick || f.name.startsWith(`${pick}-`);
  return {
    chosen: all.filter((f) => only.some((pick) => matches(pick, f))),
    unknown: only.filter((pick) => !all.some((f) => matches(pick, f))),
  };
}
