import { Packer, type FileChild } from 'docx';
import type { Credential, McredDocument } from '../../model';
import { formatCredits } from '../elements';
import { scopeOf } from '../scope';
import { plural } from '../../analysis/text';
import { humanise, unbreakable } from '../text';
import { assemble, contents, type BuiltDocx } from './assemble';
import { finishRightToLeft } from './bidi';
import { cell, dataTable, gap, heading, para, textWidth } from './blocks';
import { credentialChapter, requireScope, type Chunk } from './chapter';
import { ExportError, documentAuthor, makeContext, type CatalogueOptions, type DocxContext, type DocxOptions } from './context';
import { coverPage, credentialCover, noChangesNote } from './cover';
import { historySection } from './history';
import { reviewFieldRuns } from './anchors';
import { draftMark, draftNotice } from './catalogue';
import { changesSinceApproval } from './approvalChanges';
import { fieldRuns, focusCredential, plainRuns } from './redline';

export type { BuiltDocx } from './assemble';
export { ExportError, type CatalogueOptions, type DocxOptions } from './context';
export { DEFAULT_STYLE, type WordStyle } from './styles';

/**
 * The specification of one micro-credential as a Word document: cover, contents, summary of
 * standard elements, purpose and industry need, outcomes, alignment matrix, assessment plan,
 * workload, stackability, quality assurance and readiness, revision history. With
 * `against`, changes since that named revision are tracked changes; open comment threads
 * become Word comments. Pack it with `packDocx`.
 */
export function buildSpecification(doc: McredDocument, credentialId: string, options: DocxOptions): BuiltDocx {
  const ctx = makeContext(doc, options);
  const author = documentAuthor(doc, options);
  const scope = requireScope(ctx, credentialId);
  const c = scope.credential;
  const before = ctx.baseline ? scopeOf(ctx.baseline.content, credentialId)?.credential : undefined;
  // Built in reading order (cover, then the chapter): anchors count occurrences as they are made.
  // Counts the tracked changes made, so that a redline without any says so in words.
  let changes = 0;
  const nextChangeId = ctx.nextChangeId;
  ctx.nextChangeId = () => (changes++, nextChangeId());
  focusCredential(ctx, credentialId);
  const cover = credentialCover(ctx, c, before, author);
  const front: FileChild[] = [...cover, ...contents('1-2'), ...changesSinceApproval(ctx, credentialId)];
  const chapter = credentialChapter(ctx, credentialId, { depth: 1, prefix: '', history: { authorName: author } });
  // The cover's last paragraph (how to read the tracked changes) says instead that there are none.
  if (ctx.baseline && changes === 0) front[cover.length - 1] = noChangesNote(ctx);
  const chunks: Chunk[] = [{ blocks: front, landscape: false }, ...chapter];
  const institution = doc.settings.institution ?? doc.settings.title;
  return assemble(
    ctx,
    chunks,
    { header: [c.title, institution], footer: `${c.code ? `${c.code} · ` : ''}Version ${c.version} · ${humanise(c.status)} · ${ctx.date(ctx.now)}` },
    {
      title: c.title,
      subject: `Micro-credential specification${c.code ? ` ${c.code}` : ''}, version ${c.version}`,
      creator: author,
      keywords: ['micro-credential', 'specification', c.code ?? '', institution, c.eqfLevel ? `EQF ${c.eqfLevel}` : '', ...scope.skills.slice(0, 12).map((s) => s.skill.statement)],
      description: c.description,
      credentialId,
    },
  );
}

/**
 * A catalogue of several micro-credentials: cover, contents, an overview table, one chapter
 * per credential (the specification's sections, numbered 1.1, 1.2, …) and the map's
 * revision history. `onProgress(done, total)` is called after each chapter.
 */
export function buildCatalogue(doc: McredDocument, credentialIds: readonly string[], options: CatalogueOptions): BuiltDocx {
  if (!credentialIds.length) throw new ExportError('no-credentials', 'Choose at least one micro-credential for the catalogue.');
  const ctx = makeContext(doc, options);
  const author = documentAuthor(doc, options);
  const institution = doc.settings.institution ?? doc.settings.title;
  const title = options.title ?? `${doc.settings.title}: micro-credential catalogue`;
  const scopes = credentialIds.map((id) => {
    const s = scopeOf(ctx.doc, id);
    if (!s) throw new ExportError('unknown-credential', `There is no micro-credential "${id}" in this map.`);
    return s;
  });
  const cover = coverPage(ctx, {
    kicker: institution,
    kind: 'Micro-credential catalogue',
    title: plainRuns(title),
    details: [
      { label: 'Institution', runs: plainRuns(institution) },
      { label: 'Micro-credentials', runs: plainRuns(String(scopes.length)) },
      { label: 'Date', runs: plainRuns(ctx.date(ctx.now)) },
      { label: 'Prepared by', runs: plainRuns(author) },
      ...(ctx.baseline ? [{ label: 'Changes shown since', runs: plainRuns(`"${ctx.baseline.revision.name}", ${ctx.date(new Date(ctx.baseline.revision.at))}`) }] : []),
    ],
  });
  const codeWeight = codeColumnWeight(ctx, scopes.map((s) => s.credential.code ?? ''));
  const overview: FileChild[] = [
    heading('Micro-credentials in this catalogue', 1, undefined, { pageBreakBefore: true }),
    para('Each micro-credential is specified in a chapter of its own, in the order of this table.', { keepNext: true }),
    dataTable(
      ctx,
      [
        { header: 'No.', weight: 6 },
        { header: 'Micro-credential', weight: 58 - codeWeight },
        { header: 'Code', weight: codeWeight },
        { header: 'Credit', weight: 14 },
        { header: 'Version', weight: 9 },
        { header: 'Status', weight: 13 },
      ],
      scopes.map((s, i) => {
        const was = ctx.baseline ? (scopeOf(ctx.baseline.content, s.credential.id)?.credential ?? null) : undefined;
        // Each value a tracked change when it differs from the baseline, by whoever changed that field.
        const field = (f: 'code' | 'credits' | 'version' | 'status', read: (c: Credential) => string) =>
          fieldRuns(ctx, { record: s.credential.id, field: f, text: read(s.credential), before: was === undefined ? undefined : was ? read(was) : '' });
        return {
          cells: [
            cell(String(i + 1)),
            cell([...reviewFieldRuns(ctx, s.credential, 'title', { before: was, comments: false, look: { bold: true } }), ...draftMark(ctx, s.credential)]),
            cell(field('code', (c) => (c.code ? unbreakable(c.code) : '—'))),
            cell(field('credits', (c) => (c.credits ? formatCredits(c.credits) : '—'))),
            cell(field('version', (c) => c.version)),
            cell(field('status', (c) => humanise(c.status))),
          ],
        };
      }),
    ),
    gap(),
  ];
  const chunks: Chunk[] = [{ blocks: [...cover, ...contents('1-1'), ...overview], landscape: false }];
  let changes = 0;
  const nextChangeId = ctx.nextChangeId;
  ctx.nextChangeId = () => (changes++, nextChangeId());
  scopes.forEach((s, i) => {
    const lead: FileChild[] = [heading(s.credential.title, 1, String(i + 1), { pageBreakBefore: true }), ...draftNotice(ctx, s.credential)];
    focusCredential(ctx, s.credential.id);
    const before = changes;
    const chapter = credentialChapter(ctx, s.credential.id, { depth: 2, prefix: `${i + 1}.`, lead });
    // A chapter without tracked changes says so below its heading.
    if (ctx.baseline && changes === before) chapter[0]!.blocks.splice(1, 0, noChangesNote(ctx, 0));
    chunks.push(...chapter);
    options.onProgress?.(i + 1, scopes.length);
  });
  focusCredential(ctx, undefined);
  const history = historySection({ ctx, scope: scopes[0]!, depth: 1, prefix: '' }, scopes.length + 1, author, `catalogue of ${plural(scopes.length, 'micro-credential')}`);
  history[0] = heading('Revision history', 1, String(scopes.length + 1), { pageBreakBefore: true });
  chunks.push({ blocks: history, landscape: false });
  return assemble(ctx, chunks, { header: [title, institution], footer: `Catalogue of ${plural(scopes.length, 'micro-credential')} · ${ctx.date(ctx.now)}` }, {
    title,
    subject: 'Micro-credential catalogue',
    creator: author,
    keywords: ['micro-credential', 'catalogue', institution, ...scopes.map((s) => s.credential.code ?? s.credential.title)],
  });
}

/**
 * The overview's Code column, in hundredths of the table: 14, or as wide as the longest code
 * needs on one line (table-size characters of about 0.65 em and the cell margins) up to 30.
 * The codes are unbreakable (non-breaking hyphens), so a column too narrow would cut one
 * mid-character rather than at a hyphen.
 */
export function codeColumnWeight(ctx: DocxContext, codes: readonly string[]): number {
  const longest = Math.max(0, ...codes.map((c) => c.length));
  const twips = longest * ctx.style.sizes.table * 0.65 * 20 + 2 * (ctx.style.spacing.cellMarginTwips + 20) + 40;
  return Math.min(30, Math.max(14, Math.ceil((100 * twips) / textWidth(ctx))));
}

/** Packs a built document into .docx bytes (a Uint8Array: no Node Buffer, so it runs anywhere). */
export async function packDocx(built: BuiltDocx): Promise<Uint8Array> {
  const bytes = await Packer.pack(built.document, 'uint8array', false, built.overrides);
  return built.rightToLeft ? finishRightToLeft(bytes) : bytes;
}

/** Builds and packs the specification of one credential. */
export async function exportSpecification(doc: McredDocument, credentialId: string, options: DocxOptions): Promise<Uint8Array> {
  return packDocx(buildSpecification(doc, credentialId, options));
}

/** Builds and packs a catalogue. */
export async function exportCatalogue(doc: McredDocument, credentialIds: readonly string[], options: CatalogueOptions): Promise<Uint8Array> {
  return packDocx(buildCatalogue(doc, credentialIds, options));
}
