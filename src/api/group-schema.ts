import { z } from 'zod';
import { validitySchema } from './common-schema';

export const permissionTypes = ['ro', 'rw'] as const;
export const permissionTypeSchema = z.enum(permissionTypes);
export type PermissionType = z.infer<typeof permissionTypeSchema>;

export const groupSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(100),
  comment: z.string().max(250),
  validity: validitySchema,
});
export type Group = z.infer<typeof groupSchema>;

export const groupListSchema = z.object({ items: z.array(groupSchema) });
