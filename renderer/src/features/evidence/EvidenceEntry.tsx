import { useMemo, useState } from 'react';
import type { Action } from '../../app/actions';
import { keyed } from '../../app/keymap';
import { useRegisterActions } from '../../app/useActions';
import { EvidenceDialog } from './EvidenceDialog';

/** The action id of File ▸ Import Job Postings… (native menu, command palette). */
export const IMPORT_POSTINGS_ACTION_ID = 'file.importPostings';

/** Registers Import Job Postings… and renders its dialog when it runs: the workspace mounts `<EvidenceEntry />`. */
export function EvidenceEntry() {
  const [open, setOpen] = useState(false);
  const actions = useMemo((): Action[] => [{ ...keyed(IMPORT_POSTINGS_ACTION_ID), keywords: ['labour market', 'jobs', 'demand', 'evidence'], run: () => setOpen(true) }], []);
  useRegisterActions(actions);
  return open ? <EvidenceDialog onClose={() => setOpen(false)} /> : null;
}
