import type { CommandCall } from '../../../../shared/commands';
import { nextLevel, type MatrixCell, type MatrixKind } from './matrixModel';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A fresh link id: `ln_` and 12 random base-36 characters. */
export function newLinkId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(12));
  let id = 'ln_';
  for (const b of bytes) id += ALPHABET[b % 36];
  return id;
}

export interface CellEdit {
  readonly call: CommandCall;
  /** The undo step's label. */
  readonly label: string;
}

/**
 * The command that moves a cell to its next state: skills × outcomes cycles
 * none → introduced → reinforced → mastered → none; outcomes × assessments toggles.
 */
export function cycleCell(kind: MatrixKind, row: string, col: string, cell: MatrixCell | undefined, newId: () => string): CellEdit {
  if (kind === 'assessments') {
    if (cell) return { call: { name: 'link.delete', payload: { ids: [cell.linkId] } }, label: 'Remove assessment link' };
    return { call: { name: 'link.create', payload: { link: { id: newId(), kind: 'assessed-by', from: row, to: col } } }, label: 'Link assessment' };
  }
  const next = nextLevel(cell?.level);
  if (!cell) {
    return { call: { name: 'link.create', payload: { link: { id: newId(), kind: 'addresses', from: row, to: col, level: next ?? 'introduced' } } }, label: 'Set level' };
  }
  if (!next) return { call: { name: 'link.delete', payload: { ids: [cell.linkId] } }, label: 'Clear level' };
  return { call: { name: 'link.update', payload: { id: cell.linkId, changes: { level: next } } }, label: 'Set level' };
}
