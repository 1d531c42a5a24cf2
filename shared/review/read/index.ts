import { REVIEW_COPY_KIND, REVIEW_PROPERTIES } from '../anchors';
import type { ReadComment, ReadResult, ReviewError, ReviewErrorCode, ReviewReading } from '../reading';
import { BodyReader } from './body';
import { READ_LIMITS, sizeText } from './limits';
import { comments, commentsExtended, coreProperties, customProperties, relType, relationships, type Relationship } from './parts';
import { parseTree, parseXml, type XmlFailure, type XmlNode } from './xml';
import { readDirectory, readEntry, type ZipEntry, type ZipFailure } from './zip';

export { READ_LIMITS } from './limits';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SAVE_AGAIN = 'Open it in Word or LibreOffice, save it again as a Word document (.docx) and import that copy.';

function error(code: ReviewErrorCode, message: string): ReviewError {
  return { ok: false, code, message };
}

function failure(f: ZipFailure | XmlFailure): ReviewError {
  switch (f.fail) {
    case 'not-zip':
      return error('not-docx', `This file is not a Word document (.docx) (${f.detail}). Choose the review copy the reviewer sent back, saved as .docx.`);
    case 'encrypted':
      return encrypted();
    case 'too-large':
      return error('too-large', `This Word document is too large to import: ${f.detail}. A review copy is normally well under 5 MB; ask the reviewer to remove pictures or pasted material and save it again.`);
    case 'unsafe-xml':
      return error('unsafe-xml', `This Word document was not read because ${f.detail}, which Word and LibreOffice never write and which can be used to attack the computer reading it. ${SAVE_AGAIN}`);
    case 'corrupt':
      return error('corrupt', `This Word document is damaged and cannot be read (${f.detail}). ${SAVE_AGAIN}`);
  }
}

const encrypted = () =>
  error('encrypted', 'This Word document is protected with a password, so it cannot be read. Open it in Word, remove the password (File ▸ Info ▸ Protect Document ▸ Encrypt with Password, then clear it), save it and import it again.');

const isFailure = (x: unknown): x is ZipFailure | XmlFailure => typeof x === 'object' && x !== null && 'fail' in x;

/** Reads parts of one archive within the size limits, the total included. */
class Parts {
  private used = 0;
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
  ) {
    for (const e of entries) this.byName.set(e.name, e);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  read(name: string, cap: number): Uint8Array | ZipFailure | undefined {
    const e = this.byName.get(name);
    if (!e) return undefined;
    if (e.declared <= cap && this.used + e.declared > READ_LIMITS.total) return { fail: 'too-large', detail: `its parts unpack to more than ${sizeText(READ_LIMITS.total)} together` };
    const out = readEntry(this.bytes, e, cap);
    if (!isFailure(out)) this.used += out.length;
    return out;
  }

  tree(name: string, cap: number): XmlNode | ZipFailure | XmlFailure | undefined {
    const bytes = this.read(name, cap);
    return bytes === undefined || isFailure(bytes) ? bytes : parseTree(bytes, name);
  }

  rels(name: string, base: string): Relationship[] | ZipFailure | XmlFailure {
    const tree = this.tree(name, READ_LIMITS.otherPart);
    if (tree === undefined) return [];
    return isFailure(tree) ? tree : relationships(tree, base);
  }
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/** Reads a returned review copy. Never throws on bad input: every failure is a ReviewError. */
export function readReviewDocx(bytes: Uint8Array): ReadResult {
  try {
    return read(bytes);
  } catch (e) {
    // Only a bug gets here (the readers return their failures); still, never throw at the caller.
    return error('corrupt', `This Word document could not be read (${e instanceof Error ? e.message : String(e)}). ${SAVE_AGAIN}`);
  }
}

function read(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return error('not-docx', 'This file is empty, so it is not a Word document (.docx). Choose the review copy the reviewer sent back.');
  if (OLE.every((b, i) => bytes[i] === b)) return encrypted();
  if (bytes.length > READ_LIMITS.file) return error('too-large', `This file is ${sizeText(bytes.length)}; review copies larger than ${sizeText(READ_LIMITS.file)} are not imported. A review copy is normally well under 5 MB.`);
  const entries = readDirectory(bytes);
  if (isFailure(entries)) return failure(entries);
  const parts = new Parts(bytes, entries);

  const rootRels = parts.rels('_rels/.rels', '');
  if (isFailure(rootRels)) return failure(rootRels);
  const target = (type: string, fallback: string) => rootRels.find((r) => relType(r, type) && parts.has(r.target))?.target ?? fallback;
  const documentPath = target('officeDocument', 'word/document.xml');
  if (!parts.has(documentPath)) return error('not-docx', 'This file is not a Word document (.docx): it is a zip without word/document.xml. Choose the review copy the reviewer sent back, saved as .docx.');

  const custom = parts.tree(target('custom-properties', 'docProps/custom.xml'), READ_LIMITS.otherPart);
  if (isFailure(custom)) return failure(custom);
  const props = custom ? customProperties(custom) : new Map<string, string>();
  if (props.get(REVIEW_PROPERTIES.kind) !== REVIEW_COPY_KIND) {
    return error('not-review-copy', 'This Word document was not exported by Micro-Credential Studio as a review copy; export one with Export ▸ Word specification, send it to the reviewer and import the copy they send back.');
  }
  const core = parts.tree(target('core-properties', 'docProps/core.xml'), READ_LIMITS.otherPart);
  if (isFailure(core)) return failure(core);

  const docRels = parts.rels(`${folderOf(documentPath)}_rels/${documentPath.slice(folderOf(documentPath).length)}.rels`, folderOf(documentPath));
  if (isFailure(docRels)) return failure(docRels);
  const related = (type: string, fallback?: string) => docRels.find((r) => relType(r, type))?.target ?? fallback;

  const body = new BodyReader();
  const docBytes = parts.read(documentPath, READ_LIMITS.document);
  if (docBytes === undefined || isFailure(docBytes)) return docBytes ? failure(docBytes) : error('not-docx', 'This file is not a Word document (.docx).');
  const docFailure = parseXml(docBytes, documentPath, body);
  if (docFailure) return failure(docFailure);
  body.finish();
  for (const r of docRels.filter((r) => relType(r, 'header') || relType(r, 'footer'))) {
    const part = parts.read(r.target, READ_LIMITS.otherPart);
    if (part === undefined) continue;
    if (isFailure(part)) return failure(part);
    body.startPart('Header/footer');
    const f = parseXml(part, r.target, body);
    if (f) return failure(f);
    body.finish();
  }

  const commentsTree = parts.tree(related('comments', 'word/comments.xml')!, READ_LIMITS.comments);
  if (isFailure(commentsTree)) return failure(commentsTree);
  const extendedPath = related('commentsExtended');
  const extendedTree = extendedPath ? parts.tree(extendedPath, READ_LIMITS.comments) : undefined;
  if (isFailure(extendedTree)) return failure(extendedTree);

  const reading: ReviewReading = {
    properties: {},
    fields: body.fields,
    comments: commentsTree ? readComments(commentsTree, extendedTree, body) : [],
    strays: body.strays,
    duplicateAnchors: body.duplicates,
  };
  const set = (key: keyof ReviewReading['properties'], name: string) => {
    const v = props.get(name)?.trim();
    if (v) reading.properties[key] = v;
  };
  set('kind', REVIEW_PROPERTIES.kind);
  set('mapId', REVIEW_PROPERTIES.mapId);
  set('revisionId', REVIEW_PROPERTIES.revisionId);
  set('credentialId', REVIEW_PROPERTIES.credentialId);
  if (core) Object.assign(reading, coreProperties(core));
  return { ok: true, reading };
}

function readComments(tree: XmlNode, extended: XmlNode | undefined, body: BodyReader): ReadComment[] {
  const raw = comments(tree);
  const ex = extended ? commentsExtended(extended) : new Map<string, { parent?: string; done: boolean }>();
  const idOfPara = new Map(raw.filter((c) => c.paraId).map((c) => [c.paraId!, c.id]));
  return raw.map((c) => {
    const e = c.paraId ? ex.get(c.paraId) : undefined;
    const parentId = e?.parent ? idOfPara.get(e.parent) : undefined;
    const range = body.ranges.get(c.id);
    const out: ReadComment = {
      id: c.id,
      author: c.author,
      text: c.text,
      done: e?.done ?? false,
      anchors: range ? (range.anchors.length ? range.anchors : range.candidates) : [],
      quoted: range?.quoted.replace(/\s+/g, ' ').trim() ?? '',
      where: range?.where ?? 'Unknown place',
    };
    if (c.date) out.date = c.date;
    if (parentId !== undefined && parentId !== c.id) out.parentId = parentId;
    return out;
  });
}
