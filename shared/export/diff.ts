/** One piece of a word diff: kept, inserted (only in the new text) or deleted (only in the old). */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Past this many LCS cells the middle is replaced whole: the diff stays fast on long fields. */
const MAX_CELLS = 2_000_000;

/**
 * Words, runs of whitespace and single punctuation marks, so that joining the tokens gives
 * the text back and "plans" still matches in "plans, including …".
 */
export function tokenise(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{M}\p{N}_'’-]+|[^\s\p{L}\p{M}\p{N}_'’-]/gu) ?? [];
}

/**
 * A word-level diff of `before` → `after` (longest common subsequence over tokens), with
 * runs of the same operation merged. Joining the `equal` and `delete` parts gives `before`;
 * joining `equal` and `insert` gives `after`.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  const a = tokenise(before);
  const b = tokenise(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  push('equal', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  for (const part of diffMiddle(midA, midB)) push(part.op, part.text);
  push('equal', a.slice(endA).join(''));
  return tidy(parts);
}

function diffMiddle(a: string[], b: string[]): DiffPart[] {
  if (!a.length || !b.length || (a.length + 1) * (b.length + 1) > MAX_CELLS) {
    return [
      { op: 'delete', text: a.join('') },
      { op: 'insert', text: b.join('') },
    ];
  }
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: 'equal', text: a[i++]! });
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) out.push({ op: 'delete', text: a[i++]! });
    else out.push({ op: 'insert', text: b[j++]! });
  }
  while (i < n) out.push({ op: 'delete', text: a[i++]! });
  while (j < m) out.push({ op: 'insert', text: b[j++]! });
  return out;
}

/**
 * Merges adjacent parts of the same operation and folds a lone space kept between two
 * changes into them, so "a b" → "c d" reads as one deletion and one insertion rather than
 * a patchwork of single words.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const prev = parts[k - 1];
    const next = parts[k + 1];
    if (p.op === 'equal' && /^\s+$/.test(p.text) && prev && next && prev.op !== 'equal' && next.op !== 'equal') {
      appendPart(out, { op: 'delete', text: p.text });
      appendPart(out, { op: 'insert', text: p.text });
      continue;
    }
    appendPart(out, { ...p });
  }
  // Deletions read before insertions at the same place.
  const ordered: DiffPart[] = [];
  let pending: DiffPart[] = [];
  const flush = () => {
    const dels = pending.filter((x) => x.op === 'delete').map((x) => x.text).join('');
    const ins = pending.filter((x) => x.op === 'insert').map((x) => x.text).join('');
    if (dels) ordered.push({ op: 'delete', text: dels });
    if (ins) ordered.push({ op: 'insert', text: ins });
    pending = [];
  };
  for (const p of out) {
    if (p.op === 'equal') {
      flush();
      ordered.push(p);
    } else pending.push(p);
  }
  flush();
  return ordered;
}

function appendPart(out: DiffPart[], p: DiffPart): void {
  const last = out[out.length - 1];
  if (last && last.op === p.op) last.text += p.text;
  else out.push(p);
}
