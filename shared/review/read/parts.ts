import { descendants, isNode, textContent, type XmlNode } from './xml';

/**
 * The small parts of a .docx: relationships (which part is the document, its comments, its
 * headers and footers), document properties, and comments with their replies.
 */

export interface Relationship {
  type: string;
  /** The target as a path inside the zip (resolved against the source part's folder). */
  target: string;
}

/** "word/../docProps/x.xml" → "docProps/x.xml"; absolute targets start at the zip root. */
export function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Relationships of a .rels part; `base` is the folder of the part they belong to ("" or "word/"). */
export function relationships(root: XmlNode, base: string): Relationship[] {
  return descendants(root, 'pr:Relationship')
    .filter((r) => r.attrs.TargetMode !== 'External' && r.attrs.Type && r.attrs.Target)
    .map((r) => ({ type: r.attrs.Type!, target: resolvePath(base, r.attrs.Target!) }));
}

/** Relationship types end the same way in Transitional and Strict OOXML. */
export const relType = (r: Relationship, suffix: string) => r.type.endsWith(`/${suffix}`);

/** docProps/custom.xml: name → text value. */
export function customProperties(root: XmlNode): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of descendants(root, 'op:property')) {
    const name = p.attrs.name;
    const value = p.children.find(isNode);
    if (name && value) out.set(name, textContent(value));
  }
  return out;
}

/** docProps/core.xml: who saved it last and when. */
export function coreProperties(root: XmlNode): { lastModifiedBy?: string; modified?: string } {
  const first = (name: string) => {
    const n = descendants(root, name)[0];
    const t = n ? textContent(n).trim() : '';
    return t || undefined;
  };
  const out: { lastModifiedBy?: string; modified?: string } = {};
  const by = first('cp:lastModifiedBy');
  const at = first('dcterms:modified');
  if (by) out.lastModifiedBy = by;
  if (at) out.modified = at;
  return out;
}

export interface RawComment {
  id: string;
  author: string;
  date?: string;
  text: string;
  /** w14:paraId of its last paragraph: how commentsExtended refers to it. */
  paraId?: string;
}

/** The visible text of a comment paragraph (deleted text lives in w:delText and is left out). */
function paragraphText(node: XmlNode): string {
  let s = '';
  for (const c of node.children) {
    if (!isNode(c)) continue;
    if (c.name === 'w:t') s += textContent(c);
    else if (c.name === 'w:tab') s += '\t';
    else if (c.name === 'w:br' || c.name === 'w:cr') s += '\n';
    else if (c.name !== 'mc:Fallback' && c.name !== 'w:del' && c.name !== 'w:moveFrom') s += paragraphText(c);
  }
  return s;
}

export function comments(root: XmlNode): RawComment[] {
  return descendants(root, 'w:comment').map((c) => {
    const paras = descendants(c, 'w:p');
    const comment: RawComment = {
      id: c.attrs['w:id'] ?? '',
      author: c.attrs['w:author'] ?? '',
      text: paras.map(paragraphText).join('\n').trim(),
    };
    if (c.attrs['w:date']) comment.date = c.attrs['w:date'];
    const paraId = paras.at(-1)?.attrs['w14:paraId'];
    if (paraId) comment.paraId = paraId.toUpperCase();
    return comment;
  });
}

export interface CommentEx {
  parent?: string;
  done: boolean;
}

/** word/commentsExtended.xml: paraId → its parent's paraId and the done flag. */
export function commentsExtended(root: XmlNode): Map<string, CommentEx> {
  const out = new Map<string, CommentEx>();
  for (const e of descendants(root, 'w15:commentEx')) {
    const id = e.attrs['w15:paraId'];
    if (!id) continue;
    const parent = e.attrs['w15:paraIdParent'];
    const done = e.attrs['w15:done'];
    out.set(id.toUpperCase(), { ...(parent ? { parent: parent.toUpperCase() } : {}), done: done === '1' || done === 'true' });
  }
  return out;
}
