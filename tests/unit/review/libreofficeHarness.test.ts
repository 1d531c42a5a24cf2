/**
 * The LibreOffice reviewer harness against a real review copy: the example map's Word
 * specification is edited by LibreOffice (through UNO, tests/helpers/libreoffice) the way a
 * faculty reviewer would — tracked replace and insert, an untracked insert, two comments —
 * and the saved file is checked at the XML level. The import tests build on this harness;
 * this file proves the harness does what it says and that our anchors survive the trip.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../shared/export/request';
import type { Outcome, Skill } from '../../../shared/model';
import { ANCHOR_PREFIX } from '../../../shared/review/anchors';
import { createSampleDocument } from '../../../shared/sample';
import { ID } from '../../../shared/sample/example/ids';
import { hasLibreOffice, libreOfficeMissing, reviewWithLibreOfficeDetailed, type ReviewOp } from '../../helpers/libreoffice';

const AUTHOR = 'Rita Howard';
const available = hasLibreOffice();
if (!available) console.warn(`libreofficeHarness: skipped, LibreOffice cannot be driven here: ${libreOfficeMissing().join('; ')}`);

// --- Reading the saved XML (just enough for the assertions) ------------------------------------

const decodeXml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The visible and deleted text of an XML fragment (w:t and w:delText runs, in order). */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => decodeXml(m[1]!)).join('');
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]!) : undefined;
}

/** Every w:ins or w:del with its author and the text it holds. */
function changes(xml: string, kind: 'ins' | 'del'): { author?: string; text: string }[] {
  return [...xml.matchAll(new RegExp(`(<w:${kind}\\s[^>]*>)([\\s\\S]*?)</w:${kind}>`, 'g'))].map((m) => ({ author: attr(m[1]!, 'w:author'), text: textOf(m[2]!) }));
}

/** Top-level and table-cell paragraphs (the export has no text boxes). */
function paragraphs(xml: string): string[] {
  return xml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? [];
}

function comments(files: Record<string, Uint8Array>): { id: string; author?: string; text: string }[] {
  const xml = files['word/comments.xml'];
  if (!xml) return [];
  return [...strFromU8(xml).matchAll(/(<w:comment\s[^>]*>)([\s\S]*?)<\/w:comment>/g)].map((m) => ({ id: attr(m[1]!, 'w:id')!, author: attr(m[1]!, 'w:author'), text: textOf(m[2]!) }));
}

function bookmarkNames(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:bookmarkStart\s[^>]*>/g)].map((m) => attr(m[0], 'w:name')!).filter(Boolean);
}

function customProperties(files: Record<string, Uint8Array>): Map<string, string> {
  const xml = files['docProps/custom.xml'];
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const m of strFromU8(xml).matchAll(/(<property\s[^>]*>)([\s\S]*?)<\/property>/g)) {
    const value = /<vt:[a-z0-9]+>([^<]*)<\/vt:/i.exec(m[2]!);
    out.set(attr(m[1]!, 'name')!, value ? decodeXml(value[1]!) : '');
  }
  return out;
}

/** The ids of the comments anchored in a paragraph. */
function commentIdsIn(paragraph: string): string[] {
  return [...paragraph.matchAll(/<w:commentReference\s[^>]*>/g)].map((m) => attr(m[0], 'w:id')!);
}

// --- Planting what must survive ----------------------------------------------------------------

const PLANTED_BOOKMARK = `${ANCHOR_PREFIX}harnesscheck`;
const PLANTED_PROPERTY = { name: 'MCS.HarnessCheck', value: 'kept by LibreOffice' };

/**
 * Adds one `_mcs` bookmark (around the skill statement) and one custom property to the export,
 * so that "every anchor and property survives" is checked even while the export writes none of
 * its own; the export's own ones (when it writes them) are checked the same way.
 */
function plant(docx: Uint8Array, skillStatement: string): Uint8Array {
  const files = unzipSync(docx);
  let document = strFromU8(files['word/document.xml']!);
  const target = paragraphs(document).find((p) => textOf(p) === skillStatement);
  if (!target) throw new Error(`plant: no paragraph reads "${skillStatement}"`);
  const firstRun = target.search(/<w:r[\s>]/);
  const planted = `${target.slice(0, firstRun)}<w:bookmarkStart w:id="9901" w:name="${PLANTED_BOOKMARK}"/>${target.slice(firstRun, -'</w:p>'.length)}<w:bookmarkEnd w:id="9901"/></w:p>`;
  document = document.replace(target, planted);
  files['word/document.xml'] = strToU8(document);
  const custom = files['docProps/custom.xml'];
  if (custom) {
    const xml = strFromU8(custom);
    const pids = [...xml.matchAll(/\spid="(\d+)"/g)].map((m) => Number(m[1]));
    const property = `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${Math.max(1, ...pids) + 1}" name="${PLANTED_PROPERTY.name}"><vt:lpwstr>${PLANTED_PROPERTY.value}</vt:lpwstr></property>`;
    files['docProps/custom.xml'] = strToU8(xml.includes('</Properties>') ? xml.replace('</Properties>', `${property}</Properties>`) : xml.replace(/<Properties([^>]*)\/>/, `<Properties$1>${property}</Properties>`));
  }
  return zipSync(files);
}

// --- The review ---------------------------------------------------------------------------------

describe('LibreOffice reviewer harness', () => {
  it.skipIf(!available)(
    'a LibreOffice review of the Word specification carries tracked changes, comments, anchors and properties',
    async () => {
      const doc = createSampleDocument();
      const credential = doc.entities[ID.credential.analyst]!;
      const outcome = doc.entities[ID.outcome.detect] as Outcome;
      const skill = doc.entities[ID.skill.threats] as Skill;
      expect(credential.kind).toBe('credential');
      expect(outcome.kind).toBe('outcome');
      expect(skill.kind).toBe('skill');

      const exported = await runExport(doc, { format: 'docx', credentialIds: [credential.id] }, { now: new Date('2026-05-01T00:00:00Z') });
      const input = plant(exported.bytes, skill.statement);

      // The outcome: its first word (the Bloom verb) replaced, words added after its last word,
      // a comment over it. "in" names words the edits leave alone, so every op finds the same
      // paragraph (a paragraph's text includes tracked deletions, see reviewer.py).
      const words = outcome.statement.replace(/\.$/, '').split(' ');
      const verb = words[0]!;
      const lastWord = words.at(-1)!;
      const middle = words.slice(1, 5).join(' ');
      const added = ' under time pressure';
      const skillAdded = ' and threat actors';
      const outcomeComment = 'Is this measurable within the lab time?';
      const coverComment = 'Please add the faculty that owns this credential to the cover.';
      const ops: ReviewOp[] = [
        { op: 'replace', in: middle, find: verb, with: 'Investigate', track: true },
        { op: 'insert', in: middle, after: lastWord, text: added, track: true },
        { op: 'insert', in: skill.statement, after: skill.statement, text: skillAdded, track: false },
        { op: 'comment', in: middle, text: outcomeComment },
        { op: 'comment', in: 'Micro-credential specification', text: coverComment },
      ];

      const started = Date.now();
      const { bytes, summary } = await reviewWithLibreOfficeDetailed(input, ops, AUTHOR);
      console.info(`libreofficeHarness: LibreOffice review took ${((Date.now() - started) / 1000).toFixed(1)} s (script: ${summary.seconds} s)`);
      expect(summary.ops.map((o) => o.op)).toEqual(ops.map((o) => o.op));

      const before = unzipSync(input);
      const after = unzipSync(bytes);
      const xml = strFromU8(after['word/document.xml']!);

      // Tracked replace and insert, attributed to the reviewer.
      expect(changes(xml, 'del')).toContainEqual({ author: AUTHOR, text: verb });
      expect(changes(xml, 'ins')).toEqual(
        expect.arrayContaining([
          { author: AUTHOR, text: 'Investigate' },
          { author: AUTHOR, text: added },
        ]),
      );
      for (const c of [...changes(xml, 'ins'), ...changes(xml, 'del')]) expect(c.author).toBe(AUTHOR);
      const edited = paragraphs(xml).find((p) => changes(p, 'ins').some((c) => c.text === added))!;
      expect(edited).toBeDefined();
      expect(textOf(edited)).toBe(`${verb}Investigate ${outcome.statement.slice(verb.length + 1, -1)}${added}.`);

      // The untracked insert: in the text, in no w:ins.
      const skillParagraph = paragraphs(xml).find((p) => textOf(p).startsWith(skill.statement));
      expect(skillParagraph && textOf(skillParagraph)).toBe(skill.statement + skillAdded);
      expect(skillParagraph).not.toContain('<w:ins ');
      expect(changes(xml, 'ins').some((c) => c.text.includes(skillAdded.trim()))).toBe(false);

      // Two new comments by the reviewer, each anchored in its paragraph; the export's own kept.
      const was = comments(before);
      const now = comments(after);
      expect(now).toHaveLength(was.length + 2);
      for (const c of was) expect(now).toContainEqual(expect.objectContaining({ author: c.author, text: c.text }));
      const onOutcome = now.find((c) => c.text === outcomeComment);
      const onCover = now.find((c) => c.text === coverComment);
      expect(onOutcome?.author).toBe(AUTHOR);
      expect(onCover?.author).toBe(AUTHOR);
      expect(commentIdsIn(edited)).toContain(onOutcome!.id);
      const cover = paragraphs(xml).find((p) => textOf(p) === 'Micro-credential specification');
      expect(cover && commentIdsIn(cover)).toContain(onCover!.id);

      // Every bookmark (our _mcs anchors included) and every custom property of the input.
      const bookmarksBefore = bookmarkNames(strFromU8(before['word/document.xml']!));
      expect(bookmarksBefore).toContain(PLANTED_BOOKMARK);
      const bookmarksAfter = new Set(bookmarkNames(xml));
      expect(bookmarksBefore.filter((n) => !bookmarksAfter.has(n))).toEqual([]);
      expect(bookmarksBefore.filter((n) => n.startsWith(ANCHOR_PREFIX)).length).toBeGreaterThan(0);
      const propertiesBefore = customProperties(before);
      if (before['docProps/custom.xml']) expect(propertiesBefore.get(PLANTED_PROPERTY.name)).toBe(PLANTED_PROPERTY.value);
      expect(Object.fromEntries(customProperties(after))).toEqual(expect.objectContaining(Object.fromEntries(propertiesBefore)));
    },
    120_000,
  );

  it.skipIf(!available)(
    'fails loudly when an op names text the document does not have',
    async () => {
      const { bytes } = await runExport(createSampleDocument(), { format: 'docx', credentialIds: [ID.credential.analyst] }, { now: new Date('2026-05-01T00:00:00Z') });
      await expect(reviewWithLibreOfficeDetailed(bytes, [{ op: 'replace', in: 'Micro-credential specification', find: 'no such words', with: 'x' }], AUTHOR)).rejects.toThrow(
        /op 1 \(replace\): 'no such words' is not in the paragraph/,
      );
    },
    120_000,
  );
});
