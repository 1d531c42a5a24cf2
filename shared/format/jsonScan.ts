/**
 * A small iterative JSON scanner used only on the error path: to say where a syntax
 * error is (V8's messages carry no position) and on which line a JSON path starts.
 * Iterative, so hostile nesting cannot overflow the stack.
 */

export interface TextPosition {
  line: number;
  column: number;
}

export type JsonPath = readonly (string | number)[];

interface Frame {
  kind: 'object' | 'array';
  key: string | number;
  /** Keys seen so far in this object and where each was last seen, when duplicates are being looked for. */
  seen?: Map<string, number>;
  /** The path key up to this frame's current key, and the key it was made for (locatePaths). */
  pathKey?: string;
  pathKeyFor?: string | number;
}

/** A key written twice in one object: JSON.parse keeps the later value and drops the earlier without a word. */
export interface DuplicateKey {
  /** The path of the key (the object's path plus the key). */
  path: JsonPath;
  /** Where the earlier and the later key are written. */
  first: TextPosition;
  second: TextPosition;
  /** The dropped earlier value as written, shortened to one line. */
  dropped: string;
}

type OnDuplicate = (path: JsonPath, firstOffset: number, secondOffset: number) => void;

class ScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function positionOf(text: string, offset: number): TextPosition {
  return lineIndex(text)(offset);
}

/**
 * Line and column of any offset, after one pass over the text to find where lines start:
 * for many positions in a large file (each problem's line) one scan instead of one each.
 */
export function lineIndex(text: string): (offset: number) => TextPosition {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

const WS = new Set([32, 9, 10, 13]);
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Scans `text`; calls `onValue` at the start of every value with its path depth frames. */
function scan(text: string, onValue?: (stack: readonly Frame[], offset: number) => boolean, onDuplicate?: OnDuplicate): void {
  let i = 0;
  const n = text.length;
  const stack: Frame[] = [];
  const skipWs = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  const describe = (at: number) => (at >= n ? 'the file ends too early' : `unexpected ${JSON.stringify(text[at])}`);
  const readString = (): string => {
    const start = i;
    i++;
    let out = '';
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return out;
      }
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new ScanError('bad \\u escape in a string', i);
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        const unescaped = e === undefined ? undefined : ESCAPES[e];
        if (unescaped === undefined) throw new ScanError('bad escape in a string', i);
        out += unescaped;
        i += 2;
        continue;
      }
      if (c < 32) throw new ScanError('a control character (such as a raw line break) inside a string', i);
      // A run of plain characters is copied in one slice: character by character, a large file took seconds.
      const runStart = i;
      let d = c;
      while (d !== 34 && d !== 92 && d >= 32 && i < n) d = text.charCodeAt(++i);
      out += text.slice(runStart, i);
    }
    throw new ScanError('a string is not closed', start);
  };
  const readScalar = () => {
    const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) throw new ScanError(describe(i), i);
    i += m[0].length;
  };
  // Parse one value, iteratively.
  let expectValue = true;
  skipWs();
  if (i >= n) throw new ScanError('the file is empty', 0);
  for (;;) {
    skipWs();
    if (expectValue) {
      if (onValue && onValue(stack, i)) return;
      const c = text[i];
      if (c === '{') {
        i++;
        skipWs();
        if (text[i] === '}') {
          i++;
        } else {
          if (text[i] !== '"') throw new ScanError(`expected a quoted key, found ${describe(i).replace('unexpected ', '')}`, i);
          const keyStart = i;
          const key = readString();
          skipWs();
          if (text[i] !== ':') throw new ScanError(`expected ":" after a key, ${describe(i)}`, i);
          i++;
          stack.push(onDuplicate ? { kind: 'object', key, seen: new Map([[key, keyStart]]) } : { kind: 'object', key });
          continue;
        }
      } else if (c === '[') {
        i++;
        skipWs();
        if (text[i] === ']') {
          i++;
        } else {
          stack.push({ kind: 'array', key: 0 });
          continue;
        }
      } else if (c === '"') {
        readString();
      } else {
        readScalar();
      }
    }
    // After a value: close containers or move to the next member.
    skipWs();
    const top = stack[stack.length - 1];
    if (!top) {
      if (i < n) throw new ScanError(`unexpected text after the end of the document: ${describe(i)}`, i);
      return;
    }
    const c = text[i];
    if (c === ',') {
      i++;
      skipWs();
      if (top.kind === 'array') {
        top.key = (top.key as number) + 1;
      } else {
        if (text[i] !== '"') throw new ScanError(`expected a quoted key after ",", found ${describe(i).replace('unexpected ', '')}`, i);
        const keyStart = i;
        top.key = readString();
        if (top.seen) {
          const earlier = top.seen.get(top.key);
          if (earlier !== undefined) onDuplicate!(stack.map((f) => f.key), earlier, keyStart);
          top.seen.set(top.key, keyStart);
        }
        skipWs();
        if (text[i] !== ':') throw new ScanError(`expected ":" after a key, ${describe(i)}`, i);
        i++;
      }
      expectValue = true;
    } else if ((c === '}' && top.kind === 'object') || (c === ']' && top.kind === 'array')) {
      i++;
      stack.pop();
      expectValue = false;
    } else {
      throw new ScanError(`expected "," or "${top.kind === 'object' ? '}' : ']'}", ${describe(i)}`, i);
    }
  }
}

/** The first syntax error in `text`, with a human message and its line and column. */
export function findSyntaxError(text: string): ({ message: string } & TextPosition) | undefined {
  try {
    scan(text);
    return undefined;
  } catch (e) {
    if (e instanceof ScanError) return { message: e.message, ...positionOf(text, e.offset) };
    throw e;
  }
}

/**
 * Keys written twice in one object, at any depth, in the order they appear (JSON.parse
 * silently keeps the last value of each). One scan of valid JSON; stops after `limit`.
 */
export function findDuplicateKeys(text: string, limit = Infinity): { found: DuplicateKey[]; total: number } {
  const found: DuplicateKey[] = [];
  let total = 0;
  const at = lineIndex(text);
  try {
    scan(text, undefined, (path, first, second) => {
      total++;
      if (found.length < limit) found.push({ path, first: at(first), second: at(second), dropped: valueExcerpt(text, first) });
    });
  } catch (e) {
    if (!(e instanceof ScanError)) throw e;
  }
  return { found, total };
}

/**
 * How many keys the text writes, or more (never fewer): every key is a string followed by
 * `:`, and a string's closing quote is the only unescaped quote that a colon may follow.
 * A quote that opens a string beginning with ":" counts too, which only ever errs high.
 * Compared with the keys JSON.parse kept, it tells cheaply whether any key was written twice.
 */
export function countKeysInText(text: string): number {
  let count = 0;
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) {
    // Whitespace compared inline, not looked up in WS: this runs for every colon of the file.
    // Before the start of the text charCodeAt gives NaN, which ends the loop.
    let q = at - 1;
    let c = text.charCodeAt(q);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(--q);
    if (c !== 34) continue;
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) count++;
  }
  return count;
}

/** The value after the key at `keyOffset`, as written, on one line and at most 80 characters. */
function valueExcerpt(text: string, keyOffset: number): string {
  const colon = text.indexOf(':', text.indexOf('"', keyOffset + 1) + 1);
  const raw = text.slice(colon + 1, colon + 400).trim();
  let depth = 0;
  let inString = false;
  let end = raw.length;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) {
        end = i;
        break;
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      end = i;
      break;
    }
  }
  const one = raw.slice(0, end).replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 79)}…` : one;
}

/** Where the value at `path` starts in `text`, if it exists. */
export function locatePath(text: string, path: JsonPath): TextPosition | undefined {
  return locatePaths(text, [path])[0];
}

/** Where the value at each path starts (undefined where it does not exist), in one scan. */
export function locatePaths(text: string, paths: readonly JsonPath[]): (TextPosition | undefined)[] {
  const wanted = new Map<string, number[]>();
  const depths = new Set<number>();
  paths.forEach((p, i) => {
    const key = pathKey(p);
    const list = wanted.get(key);
    if (list) list.push(i);
    else wanted.set(key, [i]);
    depths.add(p.length);
  });
  const out: (TextPosition | undefined)[] = paths.map(() => undefined);
  if (!paths.length) return out;
  const at = lineIndex(text);
  let left = wanted.size;
  try {
    scan(text, (stack, offset) => {
      if (!depths.has(stack.length)) return false;
      const key = stack.length === 0 ? '' : framePathKey(stack, stack.length - 1);
      const hits = wanted.get(key);
      if (!hits) return false;
      const pos = at(offset);
      for (const i of hits) out[i] = pos;
      wanted.delete(key);
      return --left === 0;
    });
  } catch (e) {
    if (!(e instanceof ScanError)) throw e;
  }
  return out;
}

/** A path as one string; numbers (array positions) and strings (keys) stay apart. */
const pathPart = (p: string | number) => (typeof p === 'number' ? `#${p}` : `.${p}`);
const pathKey = (path: JsonPath) => path.map(pathPart).join('\u0000');

/** pathKey of the stack up to frame `k`, remembered on each frame while its key stays: one join per value, not per depth. */
function framePathKey(stack: readonly Frame[], k: number): string {
  // A frame's parents keep their keys while it exists, so a remembered key stays right.
  let j = k;
  while (j >= 0 && (stack[j]!.pathKey === undefined || stack[j]!.pathKeyFor !== stack[j]!.key)) j--;
  for (let m = j + 1; m <= k; m++) {
    const f = stack[m]!;
    f.pathKey = m === 0 ? pathPart(f.key) : `${stack[m - 1]!.pathKey!}\u0000${pathPart(f.key)}`;
    f.pathKeyFor = f.key;
  }
  return stack[k]!.pathKey!;
}

/** `entities.sk_1.statement`, `links.ln_2.to`, `settings.profiles[0]`. */
export function formatPath(path: JsonPath): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s || '(the whole file)';
}
