import * as z from 'zod/mini';
import { permissionTypeSchema } from './group-schema';

/** The permission types held on one group; rw always comes with ro. */
export const permissionSetSchema = z.array(permissionTypeSchema);
export type PermissionSet = z.infer<typeof permissionSetSchema>;

export const permissionContexts = ['same', 'other'] as const;
export type PermissionContext = (typeof permissionContexts)[number];
export const permissionContextLabels: Record<PermissionContext, string> = {
  same: 'Same Customer',
  other: 'Other Customers',
};

/** A customer user's (or a customer's, per context) permissions on one group. */
export const groupPermissionsSchema = z.object({ groupId: z.string(), permissions: permissionSetSchema });
export const contextGroupPermissionsSchema = z.object({
  groupId: z.string(),
  same: permissionSetSchema,
  other: permissionSetSchema,
});

/** Rows of an assignment screen; a save sends only the rows the admin saw. */
export const customerUserGroupsSchema = z.object({ items: z.array(groupPermissionsSchema) });
export const customerGroupsSchema = z.object({ items: z.array(contextGroupPermissionsSchema) });
export const groupCustomerUserChangesSchema = z.object({
  items: z.array(z.object({ customerUserId: z.string(), permissions: permissionSetSchema })),
});
/** The members of a group among the customer users a search finds (at most 200). */
export const groupCustomerUsersSchema = z.object({
  total: z.int(),
  items: z.array(
    z.object({ customerUserId: z.string(), login: z.string(), name: z.string(), permissions: permissionSetSchema }),
  ),
});
export const groupCustomersSchema = z.object({
  items: z.array(z.object({ customerId: z.string(), same: permissionSetSchema, other: permissionSetSchema })),
});
export const extraCustomersSchema = z.object({ customerIds: z.array(z.string()) });

export const effectivePermissionsSchema = z.object({
  groups: z.array(z.object({ groupId: z.string(), name: z.string(), ro: z.boolean(), rw: z.boolean() })),
  customerAccess: z.array(
    z.object({ customerId: z.string(), name: z.string(), direct: z.boolean(), indirect: z.boolean() }),
  ),
});
export type EffectivePermissions = z.infer<typeof effectivePermissionsSchema>;

export const sessionSchema = z.object({ login: z.string(), name: z.string(), isAdministrator: z.boolean() });
export type Session = z.infer<typeof sessionSchema>;
