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
  /** Keys seen so far in this object, when duplicates are being looked for. */
  seen?: Set<string>;
}

class ScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const WS = new Set([32, 9, 10, 13]);
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Scans `text`; calls `onValue` at the start of every value with its path depth frames. */
function scan(text: string, onValue?: (stack: readonly Frame[], offset: number) => boolean, rejectDuplicates = false): void {
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
      out += text[i];
      i++;
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
          const key = readString();
          skipWs();
          if (text[i] !== ':') throw new ScanError(`expected ":" after a key, ${describe(i)}`, i);
          i++;
          stack.push(rejectDuplicates ? { kind: 'object', key, seen: new Set([key]) } : { kind: 'object', key });
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
          if (top.seen.has(top.key)) throw new ScanError(`the key "${top.key}" appears twice in the same object`, keyStart);
          top.seen.add(top.key);
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

/** The first key that appears twice in one object (JSON.parse would silently keep the last). */
export function findDuplicateKey(text: string): ({ message: string } & TextPosition) | undefined {
  try {
    scan(text, undefined, true);
    return undefined;
  } catch (e) {
    if (e instanceof ScanError) return { message: e.message, ...positionOf(text, e.offset) };
    throw e;
  }
}

/** Where the value at `path` starts in `text`, if it exists. */
export function locatePath(text: string, path: JsonPath): TextPosition | undefined {
  let found: number | undefined;
  try {
    scan(text, (stack, offset) => {
      if (stack.length !== path.length) return false;
      for (let k = 0; k < path.length; k++) if (stack[k]!.key !== path[k]) return false;
      found = offset;
      return true;
    });
  } catch (e) {
    if (!(e instanceof ScanError)) throw e;
  }
  return found === undefined ? undefined : positionOf(text, found);
}

/** `entities.sk_1.statement`, `links.ln_2.to`, `settings.profiles[0]`. */
export function formatPath(path: JsonPath): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s || '(the whole file)';
}
