import { useEffect, useState } from 'react';
import type { StudioApi } from '../../../../shared/ipc';

/** Catalogue progress from the host's `export-progress` events while `active`; null before any arrives. */
export function useExportProgress(api: StudioApi, active: boolean): { done: number; total: number } | null {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (!active) return;
    const detach = api.onHostEvent((event) => {
      if (event.type === 'export-progress') setProgress({ done: event.done, total: event.total });
    });
    return () => {
      detach();
      setProgress(null);
    };
  }, [api, active]);
  return active ? progress : null;
}
