import { type PermissionContext, type PermissionSet, permissionContextLabels } from '@/api/permission-schema';
import type { MatrixColumn } from './matrix-state';

/** ro and rw per context (Same Customer; Other Customers when enabled), as matrix columns "same:ro"… */
export function contextColumns(otherContext: boolean): MatrixColumn[] {
  const contexts: PermissionContext[] = otherContext ? ['same', 'other'] : ['same'];
  return contexts.flatMap((context) => [
    { key: `${context}:ro`, type: 'ro', context: permissionContextLabels[context] },
    { key: `${context}:rw`, type: 'rw', context: permissionContextLabels[context], implies: `${context}:ro` },
  ]);
}

export function contextCells(sets: { same: PermissionSet; other: PermissionSet }): string[] {
  return [...sets.same.map((type) => `same:${type}`), ...sets.other.map((type) => `other:${type}`)];
}

/** Back from cells to sets; a context whose columns are hidden keeps what it had. */
export function contextSets(
  cells: readonly string[],
  previous: { same: PermissionSet; other: PermissionSet },
  otherContext: boolean,
) {
  const of = (context: PermissionContext) =>
    cells
      .filter((cell) => cell.startsWith(`${context}:`))
      .map((cell) => cell.slice(context.length + 1)) as PermissionSet;
  return { same: of('same'), other: otherContext ? of('other') : previous.other };
}
