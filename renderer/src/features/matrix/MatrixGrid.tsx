import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Suggestion } from '../../../../shared/suggest';
import { axisWords, type MatrixModel } from './matrixModel';
import { cellDomId, MatrixRow } from './MatrixRow';
import { geometryOf } from './geometry';
import { useWindow } from './useWindow';

interface GridProps {
  model: MatrixModel;
  label: string;
  onCycle: (r: number, c: number) => void;
  hints?: ReadonlyMap<string, Suggestion>;
}

/**
 * The virtualised grid: sticky header row and first column, only the rows and columns in
 * view rendered. Focus stays on the grid; the active cell is its aria-activedescendant.
 * Arrow keys move, Home/End jump within a row, Space or Enter cycles the cell.
 */
export function MatrixGrid({ model, label, onCycle, hints }: GridProps) {
  const gridId = useId().replace(/:/g, '');
  const ref = useRef<HTMLDivElement>(null);
  const rows = model.rows.length;
  const cols = model.cols.length;
  const g = geometryOf(model.kind);
  const { r0, r1, c0, c1 } = useWindow(ref, g, rows, cols);
  const [active, setActive] = useState({ r: 0, c: 0 });
  const ar = Math.min(active.r, Math.max(0, rows - 1));
  const ac = Math.min(active.c, Math.max(0, cols - 1));
  const { rowH, colW, headH, firstW } = g;

  const reveal = useCallback(
    (r: number, c: number) => {
      const el = ref.current;
      if (!el) return;
      const top = r * rowH;
      const left = c * colW;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowH > el.scrollTop + el.clientHeight - headH) el.scrollTop = top + rowH - (el.clientHeight - headH);
      if (left < el.scrollLeft) el.scrollLeft = left;
      else if (left + colW > el.scrollLeft + el.clientWidth - firstW) el.scrollLeft = left + colW - (el.clientWidth - firstW);
    },
    [rowH, colW, headH, firstW],
  );

  const onCell = useCallback(
    (r: number, c: number) => {
      setActive({ r, c });
      ref.current?.focus();
      onCycle(r, c);
    },
    [onCycle],
  );

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (rows === 0 || cols === 0) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [ar - 1, ac],
      ArrowDown: [ar + 1, ac],
      ArrowLeft: [ar, ac - 1],
      ArrowRight: [ar, ac + 1],
      Home: [ar, 0],
      End: [ar, cols - 1],
      PageUp: [ar - 10, ac],
      PageDown: [ar + 10, ac],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      const r = Math.max(0, Math.min(rows - 1, move[0]));
      const c = Math.max(0, Math.min(cols - 1, move[1]));
      setActive({ r, c });
      reveal(r, c);
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      onCycle(ar, ac);
    }
  };

  const activeVisible = ar >= r0 && ar < r1 && ac >= c0 && ac < c1;
  const headers = [];
  for (let c = c0; c < c1; c++) {
    const col = model.cols[c];
    if (!col) continue;
    headers.push(
      <div
        key={col.id}
        role="columnheader"
        aria-colindex={c + 2}
        className={`mx-colhead${col.gap ? ' mx-colhead--gap' : ''}${c === ac ? ' mx-colhead--active' : ''}`}
        style={{ left: firstW + c * colW, width: colW, height: headH }}
        title={col.gap ? `${col.title} — ${col.gap}` : col.title}
      >
        <span className="mx-colhead__text">{col.label}</span>
      </div>,
    );
  }
  const rowEls = [];
  for (let r = r0; r < r1; r++) {
    const row = model.rows[r];
    if (!row) continue;
    rowEls.push(<MatrixRow key={row.id} gridId={gridId} model={model} row={row} index={r} c0={c0} c1={c1} activeCol={r === ar ? ac : -1} onCell={onCell} hints={hints} />);
  }
  return (
    <div
      ref={ref}
      className="mx-scroller"
      role="grid"
      aria-label={label}
      aria-rowcount={rows + 1}
      aria-colcount={cols + 1}
      tabIndex={0}
      aria-activedescendant={activeVisible ? cellDomId(gridId, ar, ac) : undefined}
      onKeyDown={onKey}
    >
      <div className="mx-spacer" style={{ width: firstW + cols * colW, height: headH + rows * rowH }}>
        <div role="row" aria-rowindex={1} className="mx-headrow" style={{ height: headH }}>
          <div role="columnheader" aria-colindex={1} className="mx-corner" style={{ width: firstW, height: headH }}>
            {axisWords(model.kind).join(' \\ ')}
          </div>
          {headers}
        </div>
        {rowEls}
      </div>
    </div>
  );
}
