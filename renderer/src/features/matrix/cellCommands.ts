import type { CommandCall } from '../../../../shared/commands';
import { MATRICES, nextLevel, type MatrixCell, type MatrixKind } from './matrixModel';

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
 * none → introduced → reinforced → mastered → none; the other grids toggle the link. An
 * outcome added to a credential comes last in its numbered list (`order`).
 */
export function cycleCell(kind: MatrixKind, row: string, col: string, cell: MatrixCell | undefined, newId: () => string, context: { nextOrder?: number } = {}): CellEdit {
  const spec = MATRICES[kind];
  if (spec.link !== 'addresses') {
    if (cell) return { call: { name: 'link.delete', payload: { ids: [cell.linkId] } }, label: spec.unlinkLabel };
    const order = spec.link === 'part-of' && context.nextOrder !== undefined ? { order: context.nextOrder } : {};
    return { call: { name: 'link.create', payload: { link: { id: newId(), kind: spec.link, from: row, to: col, ...order } } }, label: spec.linkLabel };
  }
  const next = nextLevel(cell?.level);
  if (!cell) {
    return { call: { name: 'link.create', payload: { link: { id: newId(), kind: 'addresses', from: row, to: col, level: next ?? 'introduced' } } }, label: spec.linkLabel };
  }
  if (!next) return { call: { name: 'link.delete', payload: { ids: [cell.linkId] } }, label: spec.unlinkLabel };
  return { call: { name: 'link.update', payload: { id: cell.linkId, changes: { level: next } } }, label: spec.linkLabel };
}
