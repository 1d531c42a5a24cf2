import { unzipSync } from 'fflate';

/** An XML element of a Word part, parsed strictly enough to catch malformed output. */
export interface El {
  name: string;
  attrs: Record<string, string>;
  children: (El | string)[];
  parent?: El;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    const v = ENTITIES[e];
    if (v === undefined) throw new Error(`unknown entity ${m}`);
    return v;
  });
}

/** Characters XML 1.0 forbids (other than tab, LF, CR) and lone surrogates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const INVALID_XML_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Parses an XML part; throws on mismatched tags, bad entities, stray `<` or forbidden characters. */
export function parseXml(xml: string): El {
  const bad = INVALID_XML_CHAR.exec(xml);
  if (bad) throw new Error(`forbidden character U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}`);
  const root: El = { name: '#document', attrs: {}, children: [] };
  let cur = root;
  const re = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const [, cdata, close, name, attrText, selfClose, text, stray] = m;
    if (stray) throw new Error(`stray "<" at ${m.index}`);
    if (cdata !== undefined) cur.children.push(cdata);
    else if (text !== undefined) {
      if (cur !== root) cur.children.push(decode(text));
      else if (text.trim()) throw new Error('text outside the root element');
    } else if (name && close) {
      if (cur.name !== name) throw new Error(`</${name}> closes <${cur.name}>`);
      cur = cur.parent!;
    } else if (name) {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]!] = decode(a[2] ?? a[3] ?? '');
      const el: El = { name, attrs, children: [], parent: cur };
      cur.children.push(el);
      if (!selfClose) cur = el;
    }
  }
  if (cur !== root) throw new Error(`<${cur.name}> is not closed`);
  return root;
}

export function* walk(el: El): Generator<El> {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    yield c;
    yield* walk(c);
  }
}

export const all = (el: El, name: string): El[] => [...walk(el)].filter((e) => e.name === name);
export const first = (el: El, name: string): El | undefined => all(el, name)[0];
export const ancestor = (el: El, name: string): El | undefined => {
  let p = el.parent;
  while (p && p.name !== name) p = p.parent;
  return p;
};

/** Visible text: w:t and (when asked) w:delText, with tabs and breaks as spaces. */
export function text(el: El, options: { deleted?: boolean } = {}): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') {
      if (el.name === 'w:t' || (options.deleted && el.name === 'w:delText')) out += c;
      continue;
    }
    if (c.name === 'w:tab' || c.name === 'w:br') out += ' ';
    else if (c.name === 'w:instrText') continue;
    else out += text(c, options);
  }
  return out;
}

/** Text as it reads with tracked changes accepted: insertions kept, deletions dropped. */
export const accepted = (el: El) => text(el);
/** Text as it read before the tracked changes: deletions kept, insertions dropped. */
export function original(el: El): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') {
      if (el.name === 'w:t' || el.name === 'w:delText') out += c;
      continue;
    }
    if (c.name === 'w:ins') continue;
    if (c.name === 'w:tab' || c.name === 'w:br') out += ' ';
    else if (c.name !== 'w:instrText') out += original(c);
  }
  return out;
}

export interface DocxParts {
  files: string[];
  xml(path: string): El;
  raw(path: string): string;
}

/** Unzips a .docx and parses its parts on demand (UTF-8 checked strictly). */
export function readDocx(bytes: Uint8Array): DocxParts {
  const zip = unzipSync(bytes);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const cache = new Map<string, El>();
  const raw = (path: string) => {
    const f = zip[path];
    if (!f) throw new Error(`${path} is not in the package`);
    return decoder.decode(f);
  };
  return {
    files: Object.keys(zip),
    raw,
    xml(path) {
      let el = cache.get(path);
      if (!el) cache.set(path, (el = parseXml(raw(path))));
      return el;
    },
  };
}

/** Rows of a table as cell texts. */
export function tableRows(tbl: El, read: (e: El) => string = text): string[][] {
  return tbl.children
    .filter((c): c is El => typeof c !== 'string' && c.name === 'w:tr')
    .map((tr) => tr.children.filter((c): c is El => typeof c !== 'string' && c.name === 'w:tc').map((tc) => read(tc).trim()));
}

/** The body tables whose header row starts with `header`. */
export function tablesWithHeader(body: El, header: string): El[] {
  return all(body, 'w:tbl').filter((t) => tableRows(t)[0]?.[0] === header);
}
