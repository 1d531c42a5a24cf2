import { useRef, type KeyboardEvent } from 'react';

/**
 * The WAI-ARIA tabs pattern (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/) in one place,
 * for the Map | Matrix switch and the matrix's grid tabs: one Tab stop (the selected tab,
 * roving tabindex); Left/Right (wrapping), Home and End move to a tab and select it at once
 * (automatic activation); each tab controls its panel (`aria-controls`), which is a
 * `tabpanel` labelled by its tab. Every tab's panel must be in the page (hidden when not
 * selected), so that its `aria-controls` points at something.
 */

/** The ids that tie each tab to its panel (`aria-controls`, `aria-labelledby`). */
export interface TabIds<K extends string> {
  tab: (key: K) => string;
  panel: (key: K) => string;
}

/** Ids `PREFIX-tab-KEY` and `PREFIX-panel-KEY`; the prefix must be unique in the page. */
export function tabIds<K extends string>(prefix: string): TabIds<K> {
  return { tab: (key) => `${prefix}-tab-${key}`, panel: (key) => `${prefix}-panel-${key}` };
}

/** Where an arrow, Home or End key moves from tab `at` of `count` (wrapping), or undefined for other keys. */
export function tabFor(key: string, at: number, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowRight') return (at + 1) % count;
  if (key === 'ArrowLeft') return (at - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/** The attributes of the panel of tab `key` (whoever renders it decides how it hides). */
export function tabPanelProps<K extends string>(ids: TabIds<K>, key: K) {
  return { role: 'tabpanel', id: ids.panel(key), 'aria-labelledby': ids.tab(key) } as const;
}

/** What the hook needs of a tab's element (written out, as the unit tests compile without the DOM's types). */
interface Focusable {
  focus(): void;
}

/**
 * The tab list's and each tab's props: spread `tablistProps` on the `role=tablist` element
 * (add its `aria-label`) and `tabProps(key)` on each tab's `<button>`.
 */
export function useTabs<K extends string>(keys: readonly K[], selected: K, onSelect: (key: K) => void, ids: TabIds<K>) {
  const tabs = useRef(new Map<K, Focusable>());
  const onKeyDown = (e: KeyboardEvent) => {
    const next = tabFor(e.key, keys.indexOf(selected), keys.length);
    if (next === undefined || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    // The keys are the tab list's own: the map's and the workspace's handlers never see them.
    e.preventDefault();
    e.stopPropagation();
    const key = keys[next]!;
    onSelect(key);
    tabs.current.get(key)?.focus();
  };
  const tabProps = (key: K) =>
    ({
      ref: (el: Focusable | null) => {
        if (el) tabs.current.set(key, el);
        else tabs.current.delete(key);
      },
      type: 'button',
      role: 'tab',
      id: ids.tab(key),
      'aria-selected': key === selected,
      'aria-controls': ids.panel(key),
      tabIndex: key === selected ? 0 : -1,
      onClick: () => onSelect(key),
    }) as const;
  return { tablistProps: { role: 'tablist', onKeyDown } as const, tabProps };
}
