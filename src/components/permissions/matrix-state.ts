/** The ticks of a permission matrix: per row, the set of column keys ticked. Pure, so it is unit-tested. */
export type MatrixValue = ReadonlyMap<string, ReadonlySet<string>>;

export interface MatrixColumn {
  key: string;
  /** The permission type, e.g. "rw". */
  type: string;
  /** The context the column belongs to, e.g. "Same Customer"; shown as a second header row. */
  context?: string;
  /** Ticking this column ticks that one too (rw implies ro); unticking that one unticks this. */
  implies?: string;
}

export function toggleCell(
  value: MatrixValue,
  columns: readonly MatrixColumn[],
  rowId: string,
  columnKey: string,
  checked: boolean,
): MatrixValue {
  const next = new Map(value);
  next.set(rowId, toggled(value.get(rowId) ?? new Set(), columns, columnKey, checked));
  return next;
}

/** Ticks or unticks a column on every given row (the rows shown). */
export function toggleColumn(
  value: MatrixValue,
  columns: readonly MatrixColumn[],
  rowIds: readonly string[],
  columnKey: string,
  checked: boolean,
): MatrixValue {
  const next = new Map(value);
  for (const rowId of rowIds) next.set(rowId, toggled(value.get(rowId) ?? new Set(), columns, columnKey, checked));
  return next;
}

function toggled(cells: ReadonlySet<string>, columns: readonly MatrixColumn[], columnKey: string, checked: boolean) {
  const next = new Set(cells);
  if (checked) {
    next.add(columnKey);
    const implied = columns.find((column) => column.key === columnKey)?.implies;
    if (implied) next.add(implied);
  } else {
    next.delete(columnKey);
    for (const column of columns) if (column.implies === columnKey) next.delete(column.key);
  }
  return next;
}

/** "all", "some" or "none" of the rows have the column ticked: the state of its select-all box. */
export function columnState(value: MatrixValue, rowIds: readonly string[], columnKey: string): 'all' | 'some' | 'none' {
  let ticked = 0;
  for (const rowId of rowIds) if (value.get(rowId)?.has(columnKey)) ticked += 1;
  return ticked === 0 ? 'none' : ticked === rowIds.length ? 'all' : 'some';
}

export function sameCells(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  const left = a ?? new Set<string>();
  const right = b ?? new Set<string>();
  return left.size === right.size && [...left].every((key) => right.has(key));
}

/** The rows to save: the ones shown, and any the admin changed (rows never seen are left alone). */
export function rowsToSave(initial: MatrixValue, current: MatrixValue, shownRowIds: readonly string[]): string[] {
  const rows = new Set(shownRowIds);
  for (const [rowId, cells] of current) if (!sameCells(initial.get(rowId), cells)) rows.add(rowId);
  return [...rows];
}

export function isDirty(initial: MatrixValue, current: MatrixValue): boolean {
  for (const [rowId, cells] of current) if (!sameCells(initial.get(rowId), cells)) return true;
  return false;
}
