import { ConcreteHyperlink, type File, type IRunOptions, type ParagraphChild } from 'docx';
import type { DocxContext } from './context';

const HYPERLINK_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/**
 * The external links of one document (`w:hyperlink` with a relationship): one relationship
 * per address, with ids counted per document ("rIdWebLink1", …). docx's `ExternalHyperlink`
 * names its relationships at random; these give the same bytes for the same map. The one
 * way the specification links (the credential's web page, the skills' framework sources):
 * Word, LibreOffice (also in its PDF export) and pandoc all read it as a link.
 */
export class WebLinkPlan {
  private readonly ids = new Map<string, string>();

  /** A link to `url` around `runs`. */
  link(url: string, runs: ParagraphChild[]): ParagraphChild {
    let id = this.ids.get(url);
    if (id === undefined) this.ids.set(url, (id = `WebLink${this.ids.size + 1}`));
    // docx's Paragraph writes any XML component among its children; its type lists only the random-id links.
    return new ConcreteHyperlink(runs, id) as unknown as ParagraphChild;
  }

  /** Adds the relationships of the links made to the built document (once, before packing). */
  addTo(document: File): void {
    for (const [url, id] of this.ids) document.Document.Relationships.addRelationship(id, HYPERLINK_RELATIONSHIP, url, 'External');
  }
}

/** An http(s) address and nothing else: what may be made a link (anything else stays plain text). */
export function isWebAddress(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text);
}

/** How a link looks: the accent colour, underlined (as the skills' framework sources). */
export function linkLook(ctx: DocxContext): Pick<IRunOptions, 'color' | 'underline'> {
  return { color: ctx.style.colours.accent, underline: {} };
}
