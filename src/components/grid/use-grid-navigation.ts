/*
 * One Tab stop for a table of controls (a roving tabindex), moved with the arrow keys.
 *
 * The table keeps its native semantics (table > row > columnheader/rowheader/cell) instead of taking
 * `role="grid"`: a grid asks for every cell, text ones too, to be reachable by the arrow keys, and
 * switches NVDA and JAWS into focus mode, where the row names and notes can no longer be read. As a
 * plain table, screen reader users keep their table commands (announcing the row and column headers)
 * and tick a box with Space, while sighted keyboard users get the arrow keys here. axe accepts it as it
 * is: no ARIA to get wrong, and a focusable control with tabindex="-1" is valid.
 *
 * A virtualised table (only the rows in view are in the DOM) says so with `rows`: the keys then move
 * over all its body rows, and a row not rendered yet is asked for (`reveal`) and its box focused as
 * soon as it is there; focusing it scrolls it into view.
 */
import { type RefObject, useLayoutEffect, useRef } from 'react';

/** The body rows of a table that renders only some of them. */
export interface VirtualGridRows {
  /** How many body rows there are, rendered or not. */
  count: number;
  /**
   * The columns (0 the row header, counting colspans) of the usable cells of body row `index`, for a row
   * that is not rendered: what its cells would be (not disabled, present).
   */
  usableColumns: (index: number) => readonly number[];
  /** Renders body row `index`; the hook focuses the cell once the row is in the DOM. */
  reveal: (index: number) => void;
}

interface GridNavigationOptions {
  /** What a cell is; checkboxes unless the grid marks its own, e.g. `[data-grid-cell]`. */
  cellSelector?: string;
  /**
   * Set for a virtualised table: its rows are the `thead` rows, then `rows.count` body rows, each
   * rendered one marked `data-grid-row="<index>"` (rows without the mark, spacers, are not rows).
   */
  rows?: VirtualGridRows;
  /** How many rows PageDown and PageUp move; 10 unless told. */
  pageSize?: number;
}

/** The attribute naming a rendered body row's index in a virtualised table. */
export const gridRowAttribute = 'data-grid-row';

interface Cell {
  /** Absent for a cell of a row that is not rendered. */
  element?: HTMLElement;
  /** The first column the cell's `td`/`th` covers, counting colspans, and how many it covers. */
  column: number;
  span: number;
}

/** A row of the grid by its place: a header row's element, or a virtualised body row's index. */
type Line = { row: HTMLTableRowElement; index?: undefined } | { row?: undefined; index: number };

const isUsable = (element: HTMLElement) => !element.matches(':disabled, [aria-disabled="true"]');

function cellsOfRow(row: HTMLTableRowElement, selector: string): Cell[] {
  const cells: Cell[] = [];
  let column = 0;
  for (const tableCell of Array.from(row.cells)) {
    const span = Math.max(tableCell.colSpan, 1);
    for (const element of Array.from(tableCell.querySelectorAll<HTMLElement>(selector))) {
      cells.push({ element, column, span });
    }
    column += span;
  }
  return cells;
}

const covers = (cell: Cell, column: number) => column >= cell.column && column < cell.column + cell.span;

const renderedRow = (grid: HTMLElement, index: number) =>
  grid.querySelector<HTMLTableRowElement>(`tr[${gridRowAttribute}="${index}"]`);

/** The grid's rows in order: every `tr`, or for a virtualised table the header rows and then the body rows. */
function linesOf(grid: HTMLElement, rows: VirtualGridRows | undefined): Line[] {
  if (!rows) return Array.from(grid.querySelectorAll('tr'), (row) => ({ row }));
  const header: Line[] = Array.from(grid.querySelectorAll<HTMLTableRowElement>('thead tr'), (row) => ({ row }));
  return [...header, ...Array.from({ length: rows.count }, (_, index) => ({ index }))];
}

/** The usable cells of a row, rendered or not. */
function usableCells(grid: HTMLElement, selector: string, rows: VirtualGridRows | undefined, line: Line): Cell[] {
  if (line.row) return cellsOfRow(line.row, selector).filter((cell) => cell.element && isUsable(cell.element));
  const row = renderedRow(grid, line.index);
  if (row) return cellsOfRow(row, selector).filter((cell) => cell.element && isUsable(cell.element));
  return (rows?.usableColumns(line.index) ?? []).map((column) => ({ column, span: 1 }));
}

interface Target {
  line: Line;
  cell: Cell;
}

/** Where a key moves from `current`; `undefined` when the key is not a move, `null` at the edge. */
function target(
  grid: HTMLElement,
  options: { selector: string; rows?: VirtualGridRows; pageSize: number },
  current: HTMLElement,
  event: KeyboardEvent,
): Target | null | undefined {
  const { selector, rows, pageSize } = options;
  const currentRow = current.closest('tr');
  if (!currentRow) return undefined;
  const lines = linesOf(grid, rows);
  const rowMark = rows && currentRow.getAttribute(gridRowAttribute);
  const lineIndex = rowMark
    ? lines.findIndex((line) => line.index === Number(rowMark))
    : lines.findIndex((line) => line.row === currentRow);
  const line = lines[lineIndex];
  if (!line) return undefined;
  const cells = cellsOfRow(currentRow, selector);
  const here = cells.find((cell) => cell.element === current);
  if (!here) return undefined;
  const usable = cells.filter((cell) => cell.element && isUsable(cell.element));
  const toEnd = event.ctrlKey || event.metaKey;
  const inLine = (cell: Cell | undefined) => (cell ? { line, cell } : null);

  /** The cell in `here`'s column of the first row from `from` on (by `step`) that has a usable one there. */
  const inColumn = (from: number, step: 1 | -1, until = step > 0 ? lines.length : -1) => {
    for (let index = from; index !== until && lines[index]; index += step) {
      const next = lines[index] as Line;
      const cell = usableCells(grid, selector, rows, next).find((candidate) => covers(candidate, here.column));
      if (cell) return { line: next, cell };
    }
    return null;
  };
  /** A page further: that row's cell in this column, or past it the next one, or short of it the last one. */
  const page = (step: 1 | -1) => {
    const to = Math.min(Math.max(lineIndex + step * pageSize, 0), lines.length - 1);
    return inColumn(to, step) ?? inColumn(to - step, -step as 1 | -1, lineIndex);
  };
  const gridEnd = (last: boolean) => {
    const order = last ? lines.toReversed() : lines;
    for (const next of order) {
      const found = usableCells(grid, selector, rows, next);
      const cell = last ? found.at(-1) : found[0];
      if (cell) return { line: next, cell };
    }
    return null;
  };

  switch (event.key) {
    case 'ArrowRight':
      return inLine(usable.find((cell) => cell.column > here.column));
    case 'ArrowLeft':
      return inLine(usable.findLast((cell) => cell.column < here.column));
    case 'ArrowDown':
      return inColumn(lineIndex + 1, 1);
    case 'ArrowUp':
      return inColumn(lineIndex - 1, -1);
    case 'PageDown':
      return page(1);
    case 'PageUp':
      return page(-1);
    case 'Home':
      return toEnd ? gridEnd(false) : inLine(usable[0]);
    case 'End':
      return toEnd ? gridEnd(true) : inLine(usable.at(-1));
    default:
      return undefined;
  }
}

/**
 * Makes the controls in the rows of `gridRef` one Tab stop: the last one focused (at first the first
 * usable one) has tabindex 0, every other -1. Arrow keys move along the row and to the same column of
 * the rows above and below, skipping disabled and absent cells; PageDown/PageUp move a page of rows in
 * the column; Home/End go to the row's first and last, Ctrl+Home/Ctrl+End to the grid's. Space stays
 * the control's own. Rows added, removed (a filter) or disabled move the stop to a cell that is still
 * there.
 */
export function useGridNavigation(gridRef: RefObject<HTMLElement | null>, options: GridNavigationOptions = {}) {
  const selector = options.cellSelector ?? 'input[type="checkbox"]';
  // Read at the key press: the row count and reveal change with the filter, the listeners stay.
  const latest = useRef({ rows: options.rows, pageSize: options.pageSize ?? 10 });
  useLayoutEffect(() => {
    latest.current = { rows: options.rows, pageSize: options.pageSize ?? 10 };
  });

  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    let active: HTMLElement | undefined;
    /** A body row asked for by a key, whose cell in `column` takes focus once the row is rendered. */
    let pending: { index: number; column: number } | undefined;

    const isCell = (element: EventTarget | null): element is HTMLElement =>
      element instanceof HTMLElement && element.matches(selector) && grid.contains(element) && !!element.closest('tr');

    const focusPending = () => {
      if (!pending) return;
      const row = renderedRow(grid, pending.index);
      if (!row) return;
      const { column } = pending;
      pending = undefined;
      cellsOfRow(row, selector)
        .find((cell) => covers(cell, column) && cell.element && isUsable(cell.element))
        ?.element?.focus();
    };

    const sync = () => {
      const cells = Array.from(grid.querySelectorAll<HTMLElement>(selector)).filter((element) => element.closest('tr'));
      const kept = active?.isConnected && grid.contains(active) && isUsable(active);
      if (!kept) {
        const first = cells.find(isUsable);
        // All disabled (a save under way): keep the stop where it was, to be found again afterwards.
        if (first || !active?.isConnected) active = first ?? cells[0];
      }
      for (const element of cells) {
        const tabIndex = element === active ? 0 : -1;
        if (element.tabIndex !== tabIndex) element.tabIndex = tabIndex;
      }
      focusPending();
    };

    const onFocusIn = (event: FocusEvent) => {
      if (!isCell(event.target) || event.target === active) return;
      if (active) active.tabIndex = -1;
      active = event.target;
      active.tabIndex = 0;
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.shiftKey || event.isComposing) return;
      if (!isCell(event.target)) return;
      // Ctrl only goes with Home/End; Ctrl+Arrow belongs to the browser and the screen reader.
      if ((event.ctrlKey || event.metaKey) && event.key !== 'Home' && event.key !== 'End') return;
      const { rows, pageSize } = latest.current;
      const next = target(grid, { selector, rows, pageSize }, event.target, event);
      if (next === undefined) return;
      // At the edge too: an arrow key that moves nothing must not scroll the page either.
      event.preventDefault();
      pending = undefined;
      if (!next) return;
      if (next.cell.element) {
        next.cell.element.focus();
      } else if (next.line.index !== undefined) {
        pending = { index: next.line.index, column: next.cell.column };
        rows?.reveal(next.line.index);
        focusPending();
      }
    };

    sync();
    const observer = new MutationObserver(sync);
    observer.observe(grid, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['disabled', 'aria-disabled'],
    });
    grid.addEventListener('focusin', onFocusIn);
    grid.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      grid.removeEventListener('focusin', onFocusIn);
      grid.removeEventListener('keydown', onKeyDown);
    };
  }, [gridRef, selector]);
}
