import * as z from 'zod/mini';
import { rule } from './problem';

export const listLimitRange = { min: 1, max: 10000 } as const;
const listLimitError = rule('settings.list_limit.invalid', listLimitRange);

/** Server settings the console adapts to; a PUT with any other key is refused. */
export const settingsSchema = z.strictObject({
  customerGroupSupport: z.boolean({ error: rule('settings.customer_group_support.invalid') }),
  /** Names of existing groups, each once. */
  alwaysGroups: z.array(z.string({ error: rule('settings.always_groups.not_names') }), {
    error: rule('settings.always_groups.not_list'),
  }),
  otherCustomersContext: z.boolean({ error: rule('settings.other_customers_context.invalid') }),
  listLimit: z
    .int({ error: listLimitError })
    .check(
      z.minimum(listLimitRange.min, { error: listLimitError }),
      z.maximum(listLimitRange.max, { error: listLimitError }),
    ),
});
export type Settings = z.infer<typeof settingsSchema>;
