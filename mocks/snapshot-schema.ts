import type { StoreSnapshot } from '@mocks/store/demo-store';
import * as z from 'zod/mini';
import { customerSchema } from '@/api/customer-schema';
import { customerUserSchema } from '@/api/customer-user-schema';
import { demoDataSetSchema } from '@/api/demo-schema';
import { historyEntrySchema } from '@/api/history-schema';
import { permissionSetSchema } from '@/api/permission-schema';
import { sessionSchema } from '@/api/session-schema';
import { settingsSchema } from '@/api/settings-schema';

const permissionSnapshotSchema = z.object({
  userGroups: z.array(z.tuple([z.string(), z.string(), permissionSetSchema])),
  customerGroups: z.array(z.tuple([z.string(), z.string(), permissionSetSchema, permissionSetSchema])),
  extraCustomers: z.array(z.tuple([z.string(), z.array(z.string())])),
});

/** A persisted store snapshot, checked with the contract's schemas before the store restores it. */
const storeSnapshotSchema = z.object({
  seed: demoDataSetSchema,
  customerUsers: z.array(customerUserSchema),
  customers: z.array(customerSchema),
  permissions: z.optional(permissionSnapshotSchema),
  settings: z.optional(settingsSchema),
  agent: z.optional(sessionSchema),
  history: z.optional(z.array(z.tuple([z.string(), z.array(historyEntrySchema)]))),
});

/** The snapshot a stored value holds, or undefined when it is not a snapshot (old or corrupt). */
export function parseStoredSnapshot(value: unknown): StoreSnapshot | undefined {
  const parsed = storeSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The snapshot in a JSON value (as an earlier version kept it in localStorage), or undefined when it is not JSON or not a snapshot. */
export function parseSnapshot(saved: string): StoreSnapshot | undefined {
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    return undefined;
  }
  return parseStoredSnapshot(value);
}
