import { type PermissionType, permissionTypes } from '@/api/group-schema';
import { normalizePermissions, type PermissionCell, type PermissionField } from '@/api/permission-schema';
import { m } from '@/i18n';
import { contextLabel } from './matrix-columns';
import { isTicked, type MatrixValue, type PermissionRow } from './matrix-state';

// A save sends only the cells the admin changed: the matrix keeps the rows in the API's shape (decision
// 006), and the cells are the difference between the rows as read and as ticked.

const fields: readonly PermissionField[] = ['permissions', 'same', 'other'];

/** Every cell that differs between the rows as read and as ticked now, with its new value. */
export function cellChanges<Row extends PermissionRow>(
  initial: MatrixValue<Row>,
  current: MatrixValue<Row>,
): PermissionCell[] {
  const changes: PermissionCell[] = [];
  for (const [row, value] of current) {
    const before = initial.get(row);
    // A row the admin never ticked is the very object that was read: nothing to compare.
    if (value === before) continue;
    for (const field of fields) {
      for (const type of permissionTypes) {
        const granted = isTicked(value, { field, type });
        if (granted !== isTicked(before, { field, type })) changes.push({ row, field, type, granted });
      }
    }
  }
  return changes;
}

/** The rows with a changed cell, in the order given (the order of the matrix). */
export function changedRowIds<Row extends PermissionRow>(
  initial: MatrixValue<Row>,
  current: MatrixValue<Row>,
  order: readonly string[],
): string[] {
  const changed = new Set(cellChanges(initial, current).map((cell) => cell.row));
  return order.filter((rowId) => changed.has(rowId));
}

/**
 * After a conflict: the server's rows become what the admin read, and the ticks keep every cell the
 * admin changed and take the server's value for the rest. A cell someone else set to the admin's own
 * value is then no longer a change.
 */
export function rebase<Row extends PermissionRow>(
  initial: MatrixValue<Row>,
  current: MatrixValue<Row>,
  server: ReadonlyMap<string, Row>,
): { initial: MatrixValue<Row>; value: MatrixValue<Row> } {
  const mine = cellChanges(initial, current);
  const nextInitial = new Map(initial);
  const nextCurrent = new Map(current);
  for (const [rowId, serverRow] of server) {
    if (!initial.has(rowId)) continue;
    nextInitial.set(rowId, serverRow);
    const merged: Row = { ...serverRow };
    for (const field of fields) {
      if (serverRow[field] === undefined && current.get(rowId)?.[field] === undefined) continue;
      const set: PermissionType[] = permissionTypes.filter((type) => {
        const changed = mine.find((cell) => cell.row === rowId && cell.field === field && cell.type === type);
        return changed ? changed.granted : isTicked(serverRow, { field, type });
      });
      (merged as PermissionRow)[field] = normalizePermissions(set);
    }
    nextCurrent.set(rowId, merged);
  }
  return { initial: nextInitial, value: nextCurrent };
}

/** A cell someone else changed, in words: "ro on admin was granted by someone else". */
export function describeChangedCell(cell: PermissionCell, labelOf: (rowId: string) => string): string {
  const { type } = cell;
  const row = labelOf(cell.row);
  if (cell.field === 'permissions') {
    return cell.granted
      ? m.permissions_cell_granted_by_other({ type, row })
      : m.permissions_cell_revoked_by_other({ type, row });
  }
  const context = contextLabel(cell.field);
  return cell.granted
    ? m.permissions_context_cell_granted_by_other({ type, context, row })
    : m.permissions_context_cell_revoked_by_other({ type, context, row });
}

/** "Saving changes to admin, stats.": the rows a save writes, the first ten by name. */
export function savingMessage(labels: readonly string[]): string {
  const rows = labels.slice(0, 10).join(', ');
  return labels.length > 10
    ? m.permissions_saving_changes_more({ rows, more: labels.length - 10 })
    : m.permissions_saving_changes({ rows });
}

/** "2 unsaved changes, 1 hidden by the filter": changed rows, and those the filter hides. */
export function unsavedMessage(changed: number, hidden: number): string {
  return hidden > 0
    ? m.permissions_unsaved_changes_hidden({ count: changed, hidden })
    : m.permissions_unsaved_changes({ count: changed });
}
