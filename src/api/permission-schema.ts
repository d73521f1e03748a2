import * as z from 'zod/mini';
import { requiredId, validitySchema } from './common-schema';
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
  /** Absent means valid. */
  validity: z.optional(validitySchema),
});
export type GroupCustomerUser = z.infer<typeof groupCustomerUserSchema>;
/** A customer's permissions on the group of the screen, per context. */
export const groupCustomerSchema = z.object({
  customerId: z.string(),
  same: permissionSetSchema,
  other: permissionSetSchema,
  /** Absent means valid. */
  validity: z.optional(validitySchema),
});
export type GroupCustomer = z.infer<typeof groupCustomerSchema>;

/** Rows of an assignment screen, as the GETs answer them. */
export const customerUserGroupsSchema = z.object({ items: z.array(customerUserGroupSchema) });
export const customerGroupsSchema = z.object({ items: z.array(customerGroupSchema) });
/** The members of a group among the customer users a search finds (at most 200). */
export const groupCustomerUsersSchema = z.object({ total: z.int(), items: z.array(groupCustomerUserSchema) });
export const groupCustomersSchema = z.object({ items: z.array(groupCustomerSchema) });
export const extraCustomersSchema = z.object({ customerIds: z.array(z.string()) });

// Saves send only what the admin changed, one cell at a time: a grant or a revoke of one permission
// type in one field of one row (a group, customer user or customer, by id). `granted` is the admin's
// value, so the value they read is its opposite. The server applies all or nothing: when a sent
// cell no longer holds what the admin read, it answers 409 with `changed` (those cells, as they are
// now) and `current` (the rows the save named, as the GET shapes them), and writes nothing.

/** Where a row keeps a permission set: a customer user's own `permissions`, or a customer's per context. */
export const permissionFieldSchema = z.enum(['permissions', ...permissionContexts]);
export type PermissionField = z.infer<typeof permissionFieldSchema>;

/** The id of a row a cell names: a group, customer user or customer. */
const rowIdSchema = requiredId('cell.row', 200);

/** One cell of a matrix, granted or revoked; a cell with any other key is refused. */
export const permissionCellSchema = z.strictObject({
  row: rowIdSchema,
  field: permissionFieldSchema,
  type: permissionTypeSchema,
  granted: z.boolean(),
});
export type PermissionCell = z.infer<typeof permissionCellSchema>;
export const permissionChangesSchema = z.strictObject({ changes: z.array(permissionCellSchema) });

/** One extra customer (the row is its Customer ID), granted or revoked. */
export const extraCustomerCellSchema = z.strictObject({ row: rowIdSchema, granted: z.boolean() });
export type ExtraCustomerCell = z.infer<typeof extraCustomerCellSchema>;
export const extraCustomerChangesSchema = z.strictObject({ changes: z.array(extraCustomerCellSchema) });

/** The body of a 409 answer to a save of cells: the cells as they are now, and the rows the save named. */
export function cellConflictSchema<Cell extends z.ZodMiniType, Current extends z.ZodMiniType>(
  cell: Cell,
  current: Current,
) {
  return z.object({ message: z.string(), changed: z.array(cell), current });
}

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
