import type { Content, McredDocument, ProfileId, Revision } from '../../model';
import { CREDIT_UNITS, personLabel } from '../../model';
import { ExportError } from '../errors';
import { documentLocale, formatDate, PAPER_TWIPS, type DateStyle, type DocumentLocale, type PaperSize } from '../locale';
import type { ReadinessProvider } from '../readiness';
import { AnchorPlan } from './anchors';
import { WebLinkPlan } from './links';
import { CommentPlan } from './comments';
import { DEFAULT_STYLE, type PagedStyle, type WordStyle } from './styles';

/** What every docx export takes. Time comes in as an argument: `shared/` never reads the clock. */
export interface DocxOptions {
  /** The date printed on the cover and written in the document properties. */
  now: Date;
  /** Profiles whose fields and readiness results the document shows; default: the map's own. */
  profiles?: readonly ProfileId[];
  /** Id of a named revision: changes since its snapshot are shown as Word tracked changes. */
  against?: string;
  /**
   * Named revision (id or name) whose content the document shows instead of the map as it
   * is now; with `against`, the tracked changes between the two revisions.
   */
  at?: string;
  /**
   * Id (or name) of the named revision this export is recorded as: the app makes it just
   * before exporting, and the document names it in its properties, so a returned review can
   * be read against exactly what was sent. Without it the property is left out.
   */
  revision?: string;
  /** Name written as the document's author; default: the first designer of the map. */
  author?: string;
  /** Restyles the document; default: `resources/word/style.json`. */
  style?: WordStyle;
  /** Readiness results per credential; default: the analysis of `shared/analysis`. */
  readiness?: ReadinessProvider;
  /** Adds open comment threads as Word comments (default true). */
  comments?: boolean;
  /**
   * Writes the page numbers of the contents (default true), so LibreOffice, pandoc and Word
   * show them without updating the field. They come from a fast coarse layout (right within
   * a page; see `fastPageNumbers`). `false` leaves them to Word, which fills them in when it
   * updates its fields.
   */
  pageNumbers?: boolean;
  /** Paper size; default from the map's country (US Letter in the United States and Canada, A4 elsewhere). */
  paper?: PaperSize;
  /** How dates are written; default from the map's country. */
  dates?: DateStyle;
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
  style: PagedStyle;
  profiles: readonly ProfileId[];
  /** The revision compared against, and its content, when exporting a redline. */
  baseline?: { revision: Revision; content: Content };
  /**
   * With `at`: the revision whose content `doc` holds, and the map as it is now (whose
   * stamps date the changes that are still as they were at that revision).
   */
  at?: { revision: Revision; live: McredDocument };
  /** The named revision this export is recorded as. */
  recordedAs?: Revision;
  comments: CommentPlan;
  /** The hidden field anchors (bookmarks) of the document. */
  anchors: AnchorPlan;
  /** The external links (`w:hyperlink`) of the document, with deterministic relationship ids. */
  webLinks: WebLinkPlan;
  readiness?: ReadinessProvider;
  /** Allocates the w:id of a tracked change (unique in the document). */
  nextChangeId(): number;
  /** Display name of a person id (or the id itself when the person is unknown). */
  personName(id: string): string;
  hoursPerCredit: number | undefined;
  pageNumbers: boolean;
  /** The paper and date conventions of the export. */
  locale: DocumentLocale;
  /** A date as the institution writes it ("1 March 2026", "March 1, 2026" or "2026-03-01"). */
  date(date: Date): string;
}


export { ExportError };

/** A named revision by id or name, or an ExportError that lists the ones there are. */
export function findRevision(doc: McredDocument, ref: string): Revision {
  const revision = doc.revisions[ref] ?? Object.values(doc.revisions).find((r) => r.name === ref);
  if (revision) return revision;
  const names = Object.values(doc.revisions).map((r) => `"${r.name}" (${r.id})`);
  throw new ExportError(
    'unknown-revision',
    `There is no named revision "${ref}" in this map.${names.length ? ` Named revisions: ${names.join(', ')}.` : ' The map has no named revisions.'}`,
  );
}

export function makeContext(live: McredDocument, options: DocxOptions): DocxContext {
  let change = 1000;
  const against = options.against !== undefined ? findRevision(live, options.against) : undefined;
  const baseline = against ? { revision: against, content: against.snapshot } : undefined;
  const atRevision = options.at !== undefined ? findRevision(live, options.at) : undefined;
  // Everything but the content (people, comments, approvals, stamps) is the map's as it is now.
  const doc: McredDocument = atRevision ? { ...live, settings: atRevision.snapshot.settings, entities: atRevision.snapshot.entities, links: atRevision.snapshot.links } : live;
  const personName = (id: string) => personLabel(doc.people, id);
  const locale = documentLocale(doc.settings.country, options);
  const style = options.style ?? DEFAULT_STYLE;
  return {
    doc,
    at: atRevision ? { revision: atRevision, live } : undefined,
    recordedAs: options.revision !== undefined ? findRevision(live, options.revision) : undefined,
    anchors: new AnchorPlan(),
    webLinks: new WebLinkPlan(),
    now: options.now,
    // The style's margins and sizes on the locale's paper.
    style: { ...style, page: { ...style.page, ...PAPER_TWIPS[locale.paper] } },
    profiles: options.profiles ?? doc.settings.profiles,
    baseline,
    comments: new CommentPlan(doc, personName, options.comments !== false),
    readiness: options.readiness,
    nextChangeId: () => change++,
    personName,
    hoursPerCredit: doc.settings.hoursPerCredit ?? CREDIT_UNITS[doc.settings.creditUnit].hoursPerCredit,
    pageNumbers: options.pageNumbers !== false,
    locale,
    date: (date) => formatDate(date, locale.dates),
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
