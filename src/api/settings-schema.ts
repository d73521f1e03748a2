import * as z from 'zod/mini';

export const listLimitRange = { min: 1, max: 10000 } as const;
const listLimitError = `List limit must be a whole number from ${listLimitRange.min} to ${listLimitRange.max}.`;

/** Server settings the console adapts to; a PUT with any other key is refused. */
export const settingsSchema = z.strictObject({
  customerGroupSupport: z.boolean({ error: 'Customer group support must be true or false.' }),
  /** Names of existing groups, each once. */
  alwaysGroups: z.array(z.string({ error: 'Default groups must be group names.' }), {
    error: 'Default groups must be a list of group names.',
  }),
  otherCustomersContext: z.boolean({ error: 'The Other Customers context must be true or false.' }),
  listLimit: z
    .int({ error: listLimitError })
    .check(
      z.minimum(listLimitRange.min, { error: listLimitError }),
      z.maximum(listLimitRange.max, { error: listLimitError }),
    ),
});
export type Settings = z.infer<typeof settingsSchema>;
