import type { PermissionType } from '@/api/group-schema';
import { normalizePermissions, type PermissionField, type PermissionSet } from '@/api/permission-schema';

export type { PermissionField } from '@/api/permission-schema';

/** A row of an assignment screen as the API reads and writes it: its permission sets by field. */
export type PermissionRow = Partial<Record<PermissionField, PermissionSet>>;

/** A column of checkboxes: one permission type in one field ("rw" of the Same Customer context). */
export interface MatrixColumn {
  field: PermissionField;
  type: PermissionType;
  /** The context's name, shown as a second header row ("Same Customer"). */
  context?: string;
}

/** The ticks: every row by its id, in the API's own shape. Pure, so it is unit-tested. */
export type MatrixValue<Row extends PermissionRow> = ReadonlyMap<string, Row>;

export const columnKey = (column: MatrixColumn) => `${column.field}:${column.type}`;

export function isTicked(row: PermissionRow | undefined, column: MatrixColumn): boolean {
  return row?.[column.field]?.includes(column.type) ?? false;
}

/** Ticking rw ticks ro; unticking ro unticks rw. */
function withTick<Row extends PermissionRow>(row: Row, column: MatrixColumn, checked: boolean): Row {
  const set = row[column.field] ?? [];
  const next = checked
    ? normalizePermissions([...set, column.type])
    : normalizePermissions(column.type === 'ro' ? [] : set.filter((type) => type !== column.type));
  return { ...row, [column.field]: next };
}

/** Ticks or unticks a column on the given rows: one cell, or select-all over the rows shown. */
export function toggle<Row extends PermissionRow>(
  value: MatrixValue<Row>,
  rowIds: readonly string[],
  column: MatrixColumn,
  checked: boolean,
): MatrixValue<Row> {
  const next = new Map(value);
  for (const rowId of rowIds) {
    const row = value.get(rowId);
    if (row) next.set(rowId, withTick(row, column, checked));
  }
  return next;
}

/** "all", "some" or "none" of the rows have the column ticked: the state of its select-all box. */
export function columnState(
  value: MatrixValue<PermissionRow>,
  rowIds: readonly string[],
  column: MatrixColumn,
): 'all' | 'some' | 'none' {
  let ticked = 0;
  for (const rowId of rowIds) if (isTicked(value.get(rowId), column)) ticked += 1;
  return ticked === 0 ? 'none' : ticked === rowIds.length ? 'all' : 'some';
}

const fields: PermissionField[] = ['permissions', 'same', 'other'];

function sameRow(a: PermissionRow | undefined, b: PermissionRow | undefined): boolean {
  return fields.every((field) => (a?.[field] ?? []).join() === (b?.[field] ?? []).join());
}

export function isDirty(initial: MatrixValue<PermissionRow>, current: MatrixValue<PermissionRow>): boolean {
  for (const [rowId, row] of current) if (!sameRow(initial.get(rowId), row)) return true;
  return false;
}
