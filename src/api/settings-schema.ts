import { z } from 'zod';

/** Server settings the console adapts to. */
export const settingsSchema = z.object({
  customerGroupSupport: z.boolean(),
  alwaysGroups: z.array(z.string()),
  otherCustomersContext: z.boolean(),
  listLimit: z.number().int().positive(),
});
export type Settings = z.infer<typeof settingsSchema>;
