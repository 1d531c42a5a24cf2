import { useEffect } from 'react';

/**
 * For a panel or menu that is not a Modal: when it closes and takes the focus with it (its
 * own close button is gone), the focus goes back where it was when it opened (the chip or
 * node that opened it), else to the map — never left on the page's body, where the next Tab
 * starts again at the top. A close that moved the focus somewhere on purpose is left alone.
 */
export function useReturnFocus(): void {
  useEffect(() => {
    const active = document.activeElement;
    const previous = active instanceof HTMLElement && active !== document.body ? active : null;
    return () => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost) (previous?.isConnected ? previous : document.getElementById('map'))?.focus();
    };
  }, []);
}
