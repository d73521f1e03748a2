import * as z from 'zod/mini';

/** Server settings the console adapts to. */
export const settingsSchema = z.object({
  customerGroupSupport: z.boolean(),
  alwaysGroups: z.array(z.string()),
  otherCustomersContext: z.boolean(),
  listLimit: z.int().check(z.minimum(1)),
});
export type Settings = z.infer<typeof settingsSchema>;
