/**
 * The little of the page's DOM that the e2e tests read inside `evaluate`, typed by hand:
 * the tests compile for Node, without the DOM library. Use as
 * `const w = globalThis as unknown as PageGlobals;` inside the evaluated function.
 */
export interface PageStyle {
  color: string;
  backgroundColor: string;
  outlineStyle: string;
  outlineWidth: string;
  outlineColor: string;
  boxShadow: string;
  fontSize: string;
  transform: string;
  opacity: string;
}

export interface PageElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
}

export interface PageGlobals {
  getComputedStyle(element: unknown): PageStyle;
  document: { activeElement: PageElement | null };
  DOMMatrixReadOnly: new (transform: string) => { a: number };
}
