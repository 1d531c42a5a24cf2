import { memo } from 'react';
import type { Suggestion } from '../../../../shared/suggest';
import { axisWords, cellKey, cellState, LEVEL_LETTER, MATRICES, type MatrixAxis, type MatrixModel } from './matrixModel';
import { geometryOf } from './geometry';

export function cellDomId(gridId: string, r: number, c: number): string {
  return `${gridId}-${r}-${c}`;
}

interface RowProps {
  gridId: string;
  model: MatrixModel;
  row: MatrixAxis;
  index: number;
  c0: number;
  c1: number;
  /** The active column when the active cell is in this row, else -1 (keeps other rows memoised). */
  activeCol: number;
  onCell: (r: number, c: number) => void;
  /** Suggested links by cell key (skills × outcomes only): an empty cell with one gets a dotted hint. */
  hints?: ReadonlyMap<string, Suggestion>;
}

/** One grid row: a sticky row header and the visible cells. */
export const MatrixRow = memo(function MatrixRow({ gridId, model, row, index, c0, c1, activeCol, onCell, hints }: RowProps) {
  const { rowH, colW, headH, firstW } = geometryOf(model.kind);
  const spec = MATRICES[model.kind];
  const [rowWord, colWord] = axisWords(model.kind);
  const cells = [];
  for (let c = c0; c < c1; c++) {
    const col = model.cols[c];
    if (!col) continue;
    const cell = model.cells.get(cellKey(row.id, col.id));
    const state = cellState(model.kind, cell);
    const text = spec.levels ? (cell?.level ? LEVEL_LETTER[cell.level] : '') : cell ? '●' : '';
    const hint = cell ? undefined : hints?.get(cellKey(row.id, col.id));
    const hintText = hint ? `Suggested (score ${hint.score.toFixed(2)}): ${hint.why}` : undefined;
    cells.push(
      <div
        key={col.id}
        id={cellDomId(gridId, index, c)}
        role="gridcell"
        aria-colindex={c + 2}
        aria-label={`${rowWord} ${row.label} × ${colWord} ${col.label}: ${state}${hint ? ', suggested' : ''}`}
        aria-description={hintText}
        title={hintText}
        aria-selected={activeCol === c}
        className={`mx-cell mx-cell--${cell?.level ?? (cell ? 'on' : 'none')}${activeCol === c ? ' mx-cell--active' : ''}${col.gap ? ' mx-cell--colgap' : ''}${hint ? ' mx-cell--suggested' : ''}`}
        style={{ left: firstW + c * colW, width: colW, height: rowH }}
        onClick={() => onCell(index, c)}
      >
        {text}
      </div>,
    );
  }
  const gapClass = row.gap ? (row.essential ? ' mx-rowhead--essential' : ' mx-rowhead--gap') : '';
  return (
    <div role="row" aria-rowindex={index + 2} className="mx-row" style={{ top: headH + index * rowH, height: rowH }}>
      <div role="rowheader" className={`mx-rowhead${gapClass}`} style={{ width: firstW, height: rowH }} title={row.gap ? `${row.title} — ${row.gap}` : row.title}>
        <span className="mx-rowhead__text">
          {row.label}
          {row.title !== row.label && <span className="mx-rowhead__sub"> {row.title}</span>}
        </span>
        {row.postings && (
          <span className="mx-postings" title={`Named in ${row.postings.count}${row.postings.total !== undefined ? ` of ${row.postings.total}` : ''} job postings`}>
            {row.postings.count.toLocaleString('en')}
            {row.postings.total !== undefined ? `/${row.postings.total.toLocaleString('en')}` : ''} postings
          </span>
        )}
        {row.gap && <span className="mx-gapmark">{row.essential ? `essential · ${spec.rowGapMark}` : spec.rowGapMark}</span>}
      </div>
      {cells}
    </div>
  );
});
