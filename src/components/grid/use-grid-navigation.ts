/*
 * One Tab stop for a table of controls (a roving tabindex), moved with the arrow keys.
 *
 * The table keeps its native semantics (table > row > columnheader/rowheader/cell) instead of taking
 * `role="grid"`: a grid asks for every cell, text ones too, to be reachable by the arrow keys, and
 * switches NVDA and JAWS into focus mode, where the row names and notes can no longer be read. As a
 * plain table, screen reader users keep their table commands (announcing the row and column headers)
 * and tick a box with Space, while sighted keyboard users get the arrow keys here. axe accepts it as it
 * is: no ARIA to get wrong, and a focusable control with tabindex="-1" is valid.
 */
import { type RefObject, useLayoutEffect } from 'react';

interface GridNavigationOptions {
  /** What a cell is; checkboxes unless the grid marks its own, e.g. `[data-grid-cell]`. */
  cellSelector?: string;
}

interface Cell {
  element: HTMLElement;
  /** The first column the cell's `td`/`th` covers, counting colspans, and how many it covers. */
  column: number;
  span: number;
}

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

/** Where a key moves from `current`; `undefined` when the key is not a move, `null` at the edge. */
function target(grid: HTMLElement, selector: string, current: HTMLElement, event: KeyboardEvent) {
  const rows = Array.from(grid.querySelectorAll('tr'));
  const rowIndex = rows.findIndex((row) => row.contains(current));
  const row = rows[rowIndex];
  if (!row) return undefined;
  const cells = cellsOfRow(row, selector);
  const here = cells.find((cell) => cell.element === current);
  if (!here) return undefined;
  const usable = cells.filter((cell) => isUsable(cell.element));
  const toEnd = event.ctrlKey || event.metaKey;

  const vertical = (step: 1 | -1) => {
    for (let index = rowIndex + step, next = rows[index]; next; index += step, next = rows[index]) {
      const cell = cellsOfRow(next, selector).find((candidate) => covers(candidate, here.column));
      if (cell && isUsable(cell.element)) return cell.element;
    }
    return null;
  };
  const gridEnd = (last: boolean) => {
    const all = Array.from(grid.querySelectorAll<HTMLElement>(selector)).filter(
      (element) => element.closest('tr') && isUsable(element),
    );
    return (last ? all.at(-1) : all[0]) ?? null;
  };

  switch (event.key) {
    case 'ArrowRight':
      return usable.find((cell) => cell.column > here.column)?.element ?? null;
    case 'ArrowLeft':
      return usable.findLast((cell) => cell.column < here.column)?.element ?? null;
    case 'ArrowDown':
      return vertical(1);
    case 'ArrowUp':
      return vertical(-1);
    case 'Home':
      return toEnd ? gridEnd(false) : (usable[0]?.element ?? null);
    case 'End':
      return toEnd ? gridEnd(true) : (usable.at(-1)?.element ?? null);
    default:
      return undefined;
  }
}

/**
 * Makes the controls in the rows of `gridRef` one Tab stop: the last one focused (at first the first
 * usable one) has tabindex 0, every other -1. Arrow keys move along the row and to the same column of
 * the rows above and below, skipping disabled and absent cells; Home/End go to the row's first and last,
 * Ctrl+Home/Ctrl+End to the grid's. Space stays the control's own. Rows added, removed (a filter) or
 * disabled move the stop to a cell that is still there.
 */
export function useGridNavigation(gridRef: RefObject<HTMLElement | null>, options: GridNavigationOptions = {}) {
  const selector = options.cellSelector ?? 'input[type="checkbox"]';

  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    let active: HTMLElement | undefined;

    const isCell = (element: EventTarget | null): element is HTMLElement =>
      element instanceof HTMLElement && element.matches(selector) && grid.contains(element) && !!element.closest('tr');

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
      const next = target(grid, selector, event.target, event);
      if (next === undefined) return;
      // At the edge too: an arrow key that moves nothing must not scroll the page either.
      event.preventDefault();
      next?.focus();
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
