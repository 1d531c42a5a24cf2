import type { Paragraph, Table } from 'docx';
import type { Content, Credential } from '../../model';
import type { CredentialScope } from '../scope';
import { heading, type HeadingDepth } from './blocks';
import type { DocxContext } from './context';
import { presenceOf, type Presence } from './redline';

/** What each section builder of a credential's specification receives. */
export interface SectionInput {
  ctx: DocxContext;
  /** The credential as it is now. */
  scope: CredentialScope;
  /** The credential in the baseline revision (absent without a baseline, or when it is new). */
  before?: CredentialScope;
  /** The baseline content, for values that depend on the map (settings). */
  beforeContent?: Content;
  /** Heading depth of the sections: 1 in a specification, 2 in a catalogue chapter. */
  depth: HeadingDepth;
  /** Section number prefix: "" in a specification, "3." in the third chapter of a catalogue. */
  prefix: string;
}

export type Block = Paragraph | Table;

/** "3 Learning outcomes" (or "2.3 …" in a catalogue). */
export function sectionHeading(input: SectionInput, n: number, title: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return heading(title, input.depth, `${input.prefix}${n}`, options);
}

/** "3.1 …" below a section. */
export function subHeading(input: SectionInput, n: number, m: number, title: string): Paragraph {
  return heading(title, input.depth === 1 ? 2 : 3, `${input.prefix}${n}.${m}`);
}

/** Whether an entity of the credential's list is new, removed or unchanged since the baseline. */
export function presence(input: SectionInput, inNow: boolean, inBefore: boolean, ...records: string[]): Presence {
  if (!input.ctx.baseline) return { op: 'same' };
  return presenceOf(input.ctx, inNow, inBefore, ...records);
}

/** The baseline text of a value, or '' when the baseline exists but lacks it (so it shows as inserted). */
export function beforeText(input: SectionInput, read: (scope: CredentialScope) => string | undefined): string | undefined {
  if (!input.ctx.baseline) return undefined;
  return input.before ? (read(input.before) ?? '') : '';
}

/** The credential of the baseline, if it existed. */
export function beforeCredential(input: SectionInput): Credential | undefined {
  return input.before?.credential;
}
