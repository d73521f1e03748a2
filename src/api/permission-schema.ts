import * as z from 'zod/mini';
import { type PermissionType, permissionTypeSchema } from './group-schema';

/** The permission types held on one group; rw always comes with ro. */
export const permissionSetSchema = z.array(permissionTypeSchema);
export type PermissionSet = z.infer<typeof permissionSetSchema>;

export const permissionContexts = ['same', 'other'] as const;
export type PermissionContext = (typeof permissionContexts)[number];
export const permissionContextLabels: Record<PermissionContext, string> = {
  same: 'Same Customer',
  other: 'Other Customers',
};

// The rows of the assignment screens. Each is read, ticked and saved in this one shape: a customer
// user's own permissions in `permissions`, a customer's per context in `same` and `other`.

/** A customer user's permissions on one group. */
export const customerUserGroupSchema = z.object({ groupId: z.string(), permissions: permissionSetSchema });
export type CustomerUserGroup = z.infer<typeof customerUserGroupSchema>;
/** A customer's permissions on one group, per context. */
export const customerGroupSchema = z.object({
  groupId: z.string(),
  same: permissionSetSchema,
  other: permissionSetSchema,
});
export type CustomerGroup = z.infer<typeof customerGroupSchema>;
/** A customer user's permissions on the group of the screen, with what names them. */
export const groupCustomerUserSchema = z.object({
  customerUserId: z.string(),
  login: z.string(),
  name: z.string(),
  permissions: permissionSetSchema,
});
export type GroupCustomerUser = z.infer<typeof groupCustomerUserSchema>;
/** A customer's permissions on the group of the screen, per context. */
export const groupCustomerSchema = z.object({
  customerId: z.string(),
  same: permissionSetSchema,
  other: permissionSetSchema,
});
export type GroupCustomer = z.infer<typeof groupCustomerSchema>;

/** Rows of an assignment screen; a save sends only the rows the admin saw. */
export const customerUserGroupsSchema = z.object({ items: z.array(customerUserGroupSchema) });
export const customerGroupsSchema = z.object({ items: z.array(customerGroupSchema) });
export const groupCustomerUserChangesSchema = z.object({
  items: z.array(z.object({ customerUserId: z.string(), permissions: permissionSetSchema })),
});
/** The members of a group among the customer users a search finds (at most 200). */
export const groupCustomerUsersSchema = z.object({ total: z.int(), items: z.array(groupCustomerUserSchema) });
export const groupCustomersSchema = z.object({ items: z.array(groupCustomerSchema) });
export const extraCustomersSchema = z.object({ customerIds: z.array(z.string()) });

export const effectivePermissionsSchema = z.object({
  groups: z.array(z.object({ groupId: z.string(), name: z.string(), ro: z.boolean(), rw: z.boolean() })),
  customerAccess: z.array(
    z.object({ customerId: z.string(), name: z.string(), direct: z.boolean(), indirect: z.boolean() }),
  ),
});
export type EffectivePermissions = z.infer<typeof effectivePermissionsSchema>;

/** rw implies ro: a normalized set always says both, in this order. */
export function normalizePermissions(set: readonly PermissionType[]): PermissionSet {
  if (set.includes('rw')) return ['ro', 'rw'];
  return set.includes('ro') ? ['ro'] : [];
}
