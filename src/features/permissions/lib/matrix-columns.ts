import { permissionTypes } from '@/api/group-schema';
import type { PermissionContext } from '@/api/permission-schema';
import { m } from '@/i18n';
import type { MatrixColumn } from './matrix-state';

/** ro and rw of a customer user's own permissions. */
export const ownColumns: MatrixColumn[] = permissionTypes.map((type) => ({ field: 'permissions', type }));

const contextLabels: Record<PermissionContext, () => string> = {
  same: m.permissions_context_same,
  other: m.permissions_context_other,
};

/** A context's name in the language on view: "Same Customer" / "Gleicher Kunde". */
export function contextLabel(context: PermissionContext): string {
  return contextLabels[context]();
}

/**
 * ro and rw per context of a customer's permissions: Same Customer, and Other Customers when it is on.
 * Call it while rendering: the columns carry the context's name in the language on view.
 */
export function contextColumns(otherContext: boolean): MatrixColumn[] {
  const contexts: PermissionContext[] = otherContext ? ['same', 'other'] : ['same'];
  return contexts.flatMap((context) =>
    permissionTypes.map((type) => ({ field: context, type, context: contextLabel(context) })),
  );
}
