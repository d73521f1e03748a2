import * as z from 'zod/mini';
import { validitySchema } from './common-schema';

export const permissionTypes = ['ro', 'rw'] as const;
export const permissionTypeSchema = z.enum(permissionTypes);
export type PermissionType = z.infer<typeof permissionTypeSchema>;

export const groupSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  comment: z.string().check(z.maxLength(250)),
  validity: validitySchema,
});
export type Group = z.infer<typeof groupSchema>;

export const groupListSchema = z.object({ items: z.array(groupSchema) });
