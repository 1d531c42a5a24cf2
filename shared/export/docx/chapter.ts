import type { FileChild } from 'docx';
import { analysisReadiness } from '../analysisReadiness';
import { scopeOf, type CredentialScope } from '../scope';
import { approvalSection } from './approval';
import { assessmentSection } from './assessment';
import type { HeadingDepth } from './blocks';
import { ExportError, type DocxContext } from './context';
import { historySection } from './history';
import { matrixSection } from './matrix';
import { needSection } from './need';
import { outcomesSection } from './outcomes';
import { readinessSection } from './readiness';
import type { SectionInput } from './section';
import { stackabilitySection } from './stackability';
import { summarySection } from './summary';
import { workloadSection } from './workload';

/** A run of content in one page orientation; consecutive chunks of one orientation share a section. */
export interface Chunk {
  blocks: FileChild[];
  landscape: boolean;
}

export interface ChapterOptions {
  depth: HeadingDepth;
  /** "" in a specification, "3." in the third chapter of a catalogue. */
  prefix: string;
  /** Leading blocks of the chapter, e.g. its title heading in a catalogue. */
  lead?: FileChild[];
  /** The revision history closes a specification; a catalogue prints it once at its end. */
  history?: { authorName: string };
}

/** What one credential's specification covers, or the ExportError that says why there is none. */
export function requireScope(ctx: DocxContext, credentialId: string): CredentialScope {
  const scope = scopeOf(ctx.doc, credentialId);
  if (scope) return scope;
  const e = ctx.doc.entities[credentialId];
  throw new ExportError('unknown-credential', e ? `"${credentialId}" is ${e.kind === 'outcome' ? 'an' : 'a'} ${e.kind}, not a micro-credential.` : `There is no micro-credential "${credentialId}" in this map.`);
}

/** The sections of one credential's specification, split where the matrix needs a landscape page. */
export function credentialChapter(ctx: DocxContext, credentialId: string, options: ChapterOptions): Chunk[] {
  const scope = requireScope(ctx, credentialId);
  const input: SectionInput = {
    ctx,
    scope,
    before: ctx.baseline ? scopeOf(ctx.baseline.content, credentialId) : undefined,
    beforeContent: ctx.baseline?.content,
    depth: options.depth,
    prefix: options.prefix,
  };
  const readiness = (ctx.readiness ?? analysisReadiness)(ctx.doc, credentialId, ctx.profiles, ctx.now);
  const first: FileChild[] = [...(options.lead ?? []), ...summarySection(input, 1), ...needSection(input, 2), ...outcomesSection(input, 3)];
  const matrix = matrixSection(input, 4);
  const rest: FileChild[] = [
    ...assessmentSection(input, 5),
    ...workloadSection(input, 6),
    ...stackabilitySection(input, 7),
    ...readinessSection(input, 8, readiness),
    ...approvalSection(input, 9),
  ];
  if (options.history) rest.push(...historySection(input, 10, options.history.authorName));
  if (!matrix.landscape) return [{ blocks: [...first, ...matrix.blocks, ...rest], landscape: false }];
  return [
    { blocks: first, landscape: false },
    { blocks: matrix.blocks, landscape: true },
    { blocks: rest, landscape: false },
  ];
}
