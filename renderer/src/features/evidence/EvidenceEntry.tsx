import { useMemo, useState } from 'react';
import type { ActionHandlers } from '../../app/actions';
import { useActionHandlers } from '../../app/useActions';
import { EvidenceDialog } from './EvidenceDialog';

/** Binds File ▸ Import Job Postings… (declared in shared/actions.ts) and renders its dialog when it runs: the workspace mounts `<EvidenceEntry />`. */
export function EvidenceEntry() {
  const [open, setOpen] = useState(false);
  const handlers = useMemo((): ActionHandlers => ({ 'file.importPostings': { run: () => setOpen(true) } }), []);
  useActionHandlers(handlers);
  return open ? <EvidenceDialog onClose={() => setOpen(false)} /> : null;
}
