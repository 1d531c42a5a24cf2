import { useEffect, useEffectEvent, useSyncExternalStore, type RefObject } from 'react';
import type { FocusRequest, FocusRequests } from './focusRequests';

/**
 * Takes `requests` for `target` in an inspector section: when one arrives (or is pending as
 * the section mounts) it unfolds the section, scrolls it into view and hands the request to
 * `then` (to put the cursor somewhere in it).
 */
export function useTakeFocus<T extends object>(requests: FocusRequests<T>, target: string, section: RefObject<HTMLElement | null>, then: (request: FocusRequest<T>, el: HTMLElement) => void): void {
  const seq = useSyncExternalStore(requests.subscribe, requests.getSeq, requests.getSeq);
  // The latest `then`, without making every render re-run the effect.
  const after = useEffectEvent(then);
  useEffect(() => {
    const request = requests.take(target);
    const el = section.current;
    if (!request || !el) return;
    const details = el.closest('details');
    if (details) details.open = true;
    // The section with its heading, so the reader sees what came into view.
    (details ?? el).scrollIntoView({ block: 'start', behavior: 'smooth' });
    after(request, el);
  }, [requests, target, seq, section]);
}
