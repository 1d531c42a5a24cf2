import { SETTINGS_RECORD, stampAuthor, stampTime } from '../../model';
import { isoDay } from '../text';
import { cell, dataTable, gap, para, type Row } from './blocks';
import { sectionHeading, type Block, type SectionInput } from './section';

interface HistoryEntry {
  at: Date;
  event: string;
  by: string;
}

/**
 * The history entries of the map: named revisions, and saves grouped by day and person
 * (a busy day of editing is one line, not forty), newest first.
 */
export function historyEntries(input: Pick<SectionInput, 'ctx'>): HistoryEntry[] {
  const { ctx } = input;
  const entries: HistoryEntry[] = Object.values(ctx.doc.revisions).map((r) => ({
    at: new Date(r.at),
    event: `Named revision “${r.name}”${ctx.baseline?.revision.id === r.id ? ' (baseline of the tracked changes in this document)' : ''}`,
    by: ctx.personName(r.author),
  }));
  const saves = new Map<string, { at: Date; count: number; by: string }>();
  for (const s of Object.values(ctx.doc.saves)) {
    const at = stampTime(s.stamp);
    const by = ctx.personName(stampAuthor(s.stamp));
    const key = `${isoDay(at)}|${by}`;
    const prev = saves.get(key);
    if (!prev) saves.set(key, { at, count: 1, by });
    else saves.set(key, { at: at > prev.at ? at : prev.at, count: prev.count + 1, by });
  }
  for (const s of saves.values()) entries.push({ at: s.at, event: s.count === 1 ? 'Saved' : `Saved (${s.count} times that day)`, by: s.by });
  const created = Object.values(ctx.doc.meta.stamps[SETTINGS_RECORD] ?? {}).sort()[0];
  if (created) entries.push({ at: stampTime(created), event: `Map “${ctx.doc.settings.title}” created`, by: ctx.personName(stampAuthor(created)) });
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || a.event.localeCompare(b.event));
}

/**
 * Section 10: the revision history, with this export as its latest line. `document` says what
 * the export is; default: the specification of the input's credential, with its version.
 */
export function historySection(input: SectionInput, n: number, authorName: string, document = `specification version ${input.scope.credential.version}`): Block[] {
  const { ctx } = input;
  const exported: HistoryEntry = {
    at: ctx.now,
    event: [
      `This document: ${document}`,
      ctx.at ? `, content of “${ctx.at.revision.name}”` : '',
      ctx.baseline ? `, with changes since “${ctx.baseline.revision.name}” tracked` : '',
      ctx.recordedAs ? `; recorded as the named revision “${ctx.recordedAs.name}”` : '',
    ].join(''),
    by: authorName,
  };
  const rows: Row[] = [exported, ...historyEntries(input)].map((e) => ({ cells: [cell(ctx.date(e.at)), cell(e.event), cell(e.by)] }));
  return [
    sectionHeading(input, n, 'Revision history'),
    para('Named revisions are snapshots of the map kept in its file; saves are grouped by day and person. Newest first.', { keepNext: true }),
    dataTable(ctx, [
      { header: 'Date', weight: 20 },
      { header: 'Revision', weight: 55 },
      { header: 'By', weight: 25 },
    ], rows),
    gap(),
  ];
}
