import { SaxesParser, type SaxesTagNS } from 'saxes';

/**
 * XML of a .docx, parsed with saxes (pure JS, so it runs in a Web Worker where there is no
 * DOMParser). Names are rewritten to canonical prefixes by namespace ("w:p" whatever prefix
 * the file used, for Transitional and Strict OOXML alike), so DrawingML's own <a:p>/<a:t>
 * are never taken for Word paragraphs. DTDs are refused outright: a review copy never has
 * one, and entity declarations are how XML bombs and external-entity tricks work.
 */

const CANONICAL: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://schemas.microsoft.com/office/word/2012/wordml': 'w15',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties': 'op',
  'http://purl.oclc.org/ooxml/officeDocument/customProperties': 'op',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'vt',
  'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes': 'vt',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'cp',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

export interface XmlTag {
  /** Canonical "prefix:local", or "?:local" for a namespace we do not know. */
  name: string;
  /** Attributes by canonical name; unprefixed ones by their local name. */
  attrs: Readonly<Record<string, string>>;
}

export interface XmlHandlers {
  open(tag: XmlTag): void;
  close(tag: XmlTag): void;
  text(text: string): void;
}

export type XmlFailure = { fail: 'unsafe-xml' | 'corrupt'; detail: string };

const canon = (uri: string | undefined, local: string) => `${(uri !== undefined && CANONICAL[uri]) || (uri ? '?' : '')}${uri ? ':' : ''}${local}`;

/** UTF-8 unless a byte-order mark says UTF-16. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

class Stop extends Error {}

const firstLine = (message: string) => message.split('\n')[0]!.replace(/\.$/, '').trim() || 'bad XML';

/** Streams one part's XML to `handlers`; returns why it could not, or undefined. */
export function parseXml(bytes: Uint8Array, part: string, handlers: XmlHandlers): XmlFailure | undefined {
  const text = decodeXml(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return { fail: 'unsafe-xml', detail: `${part} declares a DTD or entities` };
  const parser = new SaxesParser({ xmlns: true, position: false, resolvePrefix: (p: string) => `urn:unbound:${p}` });
  let failure: XmlFailure | undefined;
  parser.on('doctype', () => {
    failure = { fail: 'unsafe-xml', detail: `${part} declares a DTD` };
    throw new Stop();
  });
  parser.on('error', (e: Error) => {
    failure = { fail: 'corrupt', detail: `${part}: ${firstLine(e.message)}` };
    throw new Stop();
  });
  const tagOf = (t: SaxesTagNS): XmlTag => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(t.attributes)) if (a.prefix !== 'xmlns' && a.name !== 'xmlns') attrs[canon(a.uri || undefined, a.local)] = a.value;
    return { name: canon(t.uri, t.local), attrs };
  };
  parser.on('opentag', (t) => handlers.open(tagOf(t)));
  parser.on('closetag', (t) => handlers.close(tagOf(t)));
  parser.on('text', (t) => handlers.text(t));
  parser.on('cdata', (t) => handlers.text(t));
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof Stop) return failure;
    return { fail: 'corrupt', detail: `${part}: ${firstLine(e instanceof Error ? e.message : String(e))}` };
  }
  return failure;
}

/** A small element tree, for the little parts (relationships, properties, comments). */
export interface XmlNode {
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: (XmlNode | string)[];
}

export function parseTree(bytes: Uint8Array, part: string): XmlNode | XmlFailure {
  const root: XmlNode = { name: '#root', attrs: {}, children: [] };
  const stack: XmlNode[] = [root];
  const failure = parseXml(bytes, part, {
    open(tag) {
      const node: XmlNode = { ...tag, children: [] };
      stack[stack.length - 1]!.children.push(node);
      stack.push(node);
    },
    close() {
      stack.pop();
    },
    text(t) {
      stack[stack.length - 1]!.children.push(t);
    },
  });
  return failure ?? root;
}

export const isNode = (c: XmlNode | string): c is XmlNode => typeof c !== 'string';

/** Every descendant element called `name`, in document order. */
export function descendants(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (!isNode(c)) continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

/** All the character data under `node`. */
export function textContent(node: XmlNode): string {
  return node.children.map((c) => (isNode(c) ? textContent(c) : c)).join('');
}
