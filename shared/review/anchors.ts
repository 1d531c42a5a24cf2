import type { Content } from '../model';
import { REVIEW_FIELDS } from './fields';

/**
 * Hidden anchors of a review copy. Every reviewable field the Word specification shows is
 * wrapped in a bookmark whose name says which record and field it is, so that a reviewer's
 * edits and comments can be traced back after Word or LibreOffice has edited and saved the
 * document (both keep bookmarks; checked by the LibreOffice round-trip test).
 *
 * Word allows bookmark names of at most 40 letters, digits and underscores, and hides those
 * starting with "_" from its Bookmark dialog. Record ids may be longer and hold "-", so the
 * name carries a 53-bit hash of "record#field" (11 base-36 characters), resolved against
 * the records of the map the copy was made from: `_mcs` + hash, then `_2`, `_3`, … for a
 * field shown more than once.
 */
export const ANCHOR_PREFIX = '_mcs';

/** Custom document properties of a review copy. */
export const REVIEW_PROPERTIES = {
  /** Always "Micro-Credential Studio review copy": tells our documents from others. */
  kind: 'MCS.Document',
  mapId: 'MCS.MapId',
  /** The named revision the copy was exported from. */
  revisionId: 'MCS.RevisionId',
  credentialId: 'MCS.CredentialId',
} as const;
export const REVIEW_COPY_KIND = 'Micro-Credential Studio review copy';

/** cyrb53: a fast, well-spread 53-bit string hash (public domain). */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function anchorHash(record: string, field: string): string {
  return hash53(`${record}#${field}`).toString(36).padStart(11, '0');
}

/** The bookmark name of a field's `occurrence`-th appearance (1-based) in a document. */
export function anchorName(record: string, field: string, occurrence = 1): string {
  const base = `${ANCHOR_PREFIX}${anchorHash(record, field)}`;
  return occurrence > 1 ? `${base}_${occurrence}` : base;
}

export interface AnchorRef {
  record: string;
  field: string;
  occurrence: number;
}

const NAME = /^_mcs([0-9a-z]{11})(?:_(\d{1,4}))?$/;

/** Whether a bookmark name looks like one of ours (even if it names no known field). */
export function isAnchorName(name: string): boolean {
  return name.startsWith(ANCHOR_PREFIX);
}

/**
 * Resolves anchor names against the records of one or more versions of a map (the revision
 * the copy was made from first, then the current content): hash → record and field.
 */
export class AnchorIndex {
  private readonly byHash = new Map<string, { record: string; field: string }>();

  constructor(contents: readonly Pick<Content, 'entities'>[]) {
    for (const c of contents) {
      for (const id in c.entities) {
        const e = c.entities[id]!;
        for (const field of Object.keys(REVIEW_FIELDS[e.kind])) {
          const h = anchorHash(id, field);
          if (!this.byHash.has(h)) this.byHash.set(h, { record: id, field });
        }
      }
    }
  }

  resolve(name: string): AnchorRef | undefined {
    const m = NAME.exec(name);
    if (!m) return undefined;
    const hit = this.byHash.get(m[1]!);
    return hit ? { ...hit, occurrence: m[2] ? Number(m[2]) : 1 } : undefined;
  }
}
