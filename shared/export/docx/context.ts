import type { Content, McredDocument, ProfileId, Revision } from '../../model';
import { CREDIT_UNITS } from '../../model';
import { ExportError } from '../errors';
import type { ReadinessProvider } from '../readiness';
import { CommentPlan } from './comments';
import { DEFAULT_STYLE, type WordStyle } from './styles';

/** What every docx export takes. Time comes in as an argument: `shared/` never reads the clock. */
export interface DocxOptions {
  /** The date printed on the cover and written in the document properties. */
  now: Date;
  /** Profiles whose fields and readiness results the document shows; default: the map's own. */
  profiles?: readonly ProfileId[];
  /** Id of a named revision: changes since its snapshot are shown as Word tracked changes. */
  against?: string;
  /** Name written as the document's author; default: the first designer of the map. */
  author?: string;
  /** Restyles the document; default: `resources/word/style.json`. */
  style?: WordStyle;
  /** Readiness results per credential; default: the analysis of `shared/analysis`. */
  readiness?: ReadinessProvider;
  /** Adds open comment threads as Word comments (default true). */
  comments?: boolean;
  /**
   * Writes the page numbers of the contents by laying the pages out as Word would (docx's
   * estimator). Off by default: it multiplies the export time by ten or more. Without it
   * the contents still list every heading, and Word fills in the numbers when it opens the
   * document and updates its fields.
   */
  pageNumbers?: boolean;
}

export interface CatalogueOptions extends DocxOptions {
  /** Called after each credential is laid out: drives a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Catalogue title; default: "<institution> micro-credential catalogue". */
  title?: string;
}

/** State shared by the section builders of one export. */
export interface DocxContext {
  doc: McredDocument;
  now: Date;
  style: WordStyle;
  profiles: readonly ProfileId[];
  /** The revision compared against, and its content, when exporting a redline. */
  baseline?: { revision: Revision; content: Content };
  comments: CommentPlan;
  readiness?: ReadinessProvider;
  /** Allocates the w:id of a tracked change (unique in the document). */
  nextChangeId(): number;
  /** Display name of a person id (or the id itself when the person is unknown). */
  personName(id: string): string;
  hoursPerCredit: number | undefined;
  pageNumbers: boolean;
}


export { ExportError };

export function makeContext(doc: McredDocument, options: DocxOptions): DocxContext {
  let change = 1000;
  let baseline: DocxContext['baseline'];
  if (options.against !== undefined) {
    const revision = doc.revisions[options.against] ?? Object.values(doc.revisions).find((r) => r.name === options.against);
    if (!revision) {
      const names = Object.values(doc.revisions).map((r) => `"${r.name}" (${r.id})`);
      throw new ExportError(
        'unknown-revision',
        `There is no named revision "${options.against}" in this map.${names.length ? ` Named revisions: ${names.join(', ')}.` : ' The map has no named revisions.'}`,
      );
    }
    baseline = { revision, content: revision.snapshot };
  }
  const personName = (id: string) => doc.people[id]?.name ?? id;
  return {
    doc,
    now: options.now,
    style: options.style ?? DEFAULT_STYLE,
    profiles: options.profiles ?? doc.settings.profiles,
    baseline,
    comments: new CommentPlan(doc, personName, options.comments !== false),
    readiness: options.readiness,
    nextChangeId: () => change++,
    personName,
    hoursPerCredit: doc.settings.hoursPerCredit ?? CREDIT_UNITS[doc.settings.creditUnit].hoursPerCredit,
    pageNumbers: options.pageNumbers === true,
  };
}

/** The author written into the document properties. */
export function documentAuthor(doc: McredDocument, options: DocxOptions): string {
  if (options.author) return options.author;
  const designer = Object.values(doc.people)
    .filter((p) => p.role === 'designer')
    .sort((a, b) => a.name.localeCompare(b.name))[0];
  return designer?.name ?? doc.settings.institution ?? 'Micro-Credential Studio';
}
