import type { PermissionType } from '@/api/group-schema';
import {
  type ExtraCustomerCell,
  normalizePermissions,
  type PermissionCell,
  type PermissionField,
  type PermissionSet,
} from '@/api/permission-schema';
import type { Problem } from '@/api/problem';
import { englishProblem } from '@/api/problem-english';

/** One permission set to write: a field of a row, as it is after the save. */
export interface CellWrite {
  row: string;
  field: PermissionField;
  permissions: PermissionSet;
}

/**
 * What a save of cells does, decided before anything is written: the sets to write, or the cells that
 * changed since the admin read them (a 409), or why the request itself is wrong (a 400).
 */
export type CellPlan<Write, Cell> =
  | { kind: 'write'; writes: Write[] }
  | { kind: 'conflict'; changed: Cell[] }
  | { kind: 'invalid'; problem: Problem };

const key = (row: string, field: string) => JSON.stringify([row, field]);

/**
 * Plans a save of permission cells against the sets as they are now (`read`). A sent cell must still
 * hold what the admin read (the opposite of `granted`). Only the sent cells change; when rw-implies-ro
 * would have to change a cell the admin did not send (someone changed it since), that cell is a
 * conflict too. All or nothing: any conflict, and nothing is written.
 */
export function planPermissionCells(
  changes: readonly PermissionCell[],
  read: (row: string, field: PermissionField) => PermissionSet,
): CellPlan<CellWrite, PermissionCell> {
  const groups = new Map<string, { row: string; field: PermissionField; cells: PermissionCell[] }>();
  for (const cell of changes) {
    const group = groups.get(key(cell.row, cell.field)) ?? { row: cell.row, field: cell.field, cells: [] };
    if (group.cells.some((sent) => sent.type === cell.type)) {
      return { kind: 'invalid', problem: englishProblem('cell.sent_twice', { type: cell.type, row: cell.row }) };
    }
    group.cells.push(cell);
    groups.set(key(cell.row, cell.field), group);
  }

  const changed: PermissionCell[] = [];
  const writes: CellWrite[] = [];
  for (const { row, field, cells } of groups.values()) {
    const current = read(row, field);
    const now = (type: PermissionType): PermissionCell => ({ row, field, type, granted: current.includes(type) });
    const stale = cells.filter((cell) => current.includes(cell.type) === cell.granted);
    if (stale.length > 0) {
      changed.push(...stale.map((cell) => now(cell.type)));
      continue;
    }
    const next = new Set(current);
    for (const cell of cells) {
      if (cell.granted) next.add(cell.type);
      else next.delete(cell.type);
    }
    const raw = [...next];
    const normalized = normalizePermissions(raw);
    if (normalized.length !== raw.length) {
      // rw without ro: only a cell the admin did not send can make it so, and it changed since.
      const unsent = (['ro', 'rw'] as const).filter((type) => !cells.some((cell) => cell.type === type));
      if (unsent.length === 0) return { kind: 'invalid', problem: englishProblem('cell.rw_needs_ro', { row }) };
      changed.push(...unsent.map(now));
      continue;
    }
    writes.push({ row, field, permissions: normalized });
  }
  return changed.length > 0 ? { kind: 'conflict', changed } : { kind: 'write', writes };
}

/** Plans a save of extra customers the same way: each sent customer must still be as the admin read it. */
export function planExtraCustomerCells(
  changes: readonly ExtraCustomerCell[],
  current: readonly string[],
): CellPlan<string[], ExtraCustomerCell> {
  const rows = changes.map((cell) => cell.row);
  if (new Set(rows).size !== rows.length)
    return { kind: 'invalid', problem: englishProblem('extra_customer.sent_twice') };
  const changed = changes
    .filter((cell) => current.includes(cell.row) === cell.granted)
    .map((cell) => ({ row: cell.row, granted: current.includes(cell.row) }));
  if (changed.length > 0) return { kind: 'conflict', changed };
  const next = new Set(current);
  for (const cell of changes) {
    if (cell.granted) next.add(cell.row);
    else next.delete(cell.row);
  }
  return { kind: 'write', writes: [[...next]] };
}
