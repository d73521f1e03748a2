import { permissionTypes } from '@/api/group-schema';
import { type PermissionContext, permissionContextLabels } from '@/api/permission-schema';
import type { MatrixColumn } from './matrix-state';

/** ro and rw of a customer user's own permissions. */
export const ownColumns: MatrixColumn[] = permissionTypes.map((type) => ({ field: 'permissions', type }));

/** ro and rw per context of a customer's permissions: Same Customer, and Other Customers when it is on. */
export function contextColumns(otherContext: boolean): MatrixColumn[] {
  const contexts: PermissionContext[] = otherContext ? ['same', 'other'] : ['same'];
  return contexts.flatMap((context) =>
    permissionTypes.map((type) => ({ field: context, type, context: permissionContextLabels[context] })),
  );
}
