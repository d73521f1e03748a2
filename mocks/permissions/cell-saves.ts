import type { Conflict } from '@mocks/handlers/guarded-handler';
import type { DemoStore } from '@mocks/store/demo-store';
import type { PermissionCell, PermissionField, PermissionSet } from '@/api/permission-schema';
import type { FieldProblems, Problem } from '@/api/problem';
import { englishProblem } from '@/api/problem-english';
import { type CellWrite, planPermissionCells } from './cell-changes';

interface CellSaveSpec<Target> {
  /** The fields a row of this path has: `permissions`, or the contexts. */
  fields: readonly PermissionField[];
  /** Why a field cannot be changed now (the Other Customers context is off), or undefined. */
  refuseField?: (field: PermissionField) => Problem | undefined;
  /** Why a row cannot be named (unknown, a default group, an invalid group), or undefined. */
  refuseRow: (target: Target, row: string) => Problem | undefined;
  read: (target: Target, row: string, field: PermissionField) => PermissionSet;
  write: (target: Target, write: CellWrite) => void;
  /** A row as the GET shapes it, for the 409's `current`. */
  currentRow: (target: Target, row: string) => unknown;
}

/** The check (400), conflict (409) and write of a PUT of permission cells on one membership path. */
export function cellSaves<Target>(spec: CellSaveSpec<Target>) {
  // One request checks, then looks for conflicts, then writes: it plans its cells once.
  const plans = new WeakMap<readonly PermissionCell[], ReturnType<typeof planPermissionCells>>();
  const plan = (changes: readonly PermissionCell[], target: Target) => {
    let planned = plans.get(changes);
    if (!planned) {
      planned = planPermissionCells(changes, (row, field) => spec.read(target, row, field));
      plans.set(changes, planned);
    }
    return planned;
  };
  return {
    check: ({ changes }: { changes: PermissionCell[] }, target: Target): FieldProblems | undefined => {
      for (const cell of changes) {
        if (!spec.fields.includes(cell.field))
          return { changes: englishProblem('cell.no_such_field', { context: cell.field }) };
        const fieldRefusal = spec.refuseField?.(cell.field);
        if (fieldRefusal) return { changes: fieldRefusal };
        const refusal = spec.refuseRow(target, cell.row);
        if (refusal) return { changes: refusal };
      }
      const planned = plan(changes, target);
      return planned.kind === 'invalid' ? { changes: planned.problem } : undefined;
    },
    conflict: ({ changes }: { changes: PermissionCell[] }, target: Target): Conflict | undefined => {
      const planned = plan(changes, target);
      if (planned.kind !== 'conflict') return undefined;
      const rows = [...new Set(changes.map((cell) => cell.row))];
      return { changed: planned.changed, current: { items: rows.map((row) => spec.currentRow(target, row)) } };
    },
    write: ({ changes }: { changes: PermissionCell[] }, target: Target) => {
      const planned = plan(changes, target);
      if (planned.kind === 'write') for (const write of planned.writes) spec.write(target, write);
    },
  };
}

/** Other Customers cells are refused while that context is switched off in the settings. */
export function contextRefusal(store: DemoStore) {
  return (field: PermissionField): Problem | undefined =>
    field === 'other' && !store.settings.otherCustomersContext ? englishProblem('cell.other_context_off') : undefined;
}

/** Why a group's memberships cannot change: it is a default group, or invalid; undefined when they can. */
export function groupRefusal(store: DemoStore, groupId: string): Problem | undefined {
  const group = store.groups.get(groupId);
  if (!group.ok) return englishProblem('cell.unknown_group');
  if (store.settings.alwaysGroups.includes(group.value.name)) {
    return englishProblem('cell.default_group', { group: group.value.name });
  }
  if (group.value.validity !== 'valid') return englishProblem('cell.invalid_group', { group: group.value.name });
  return undefined;
}
