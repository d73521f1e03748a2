import * as z from 'zod/mini';
import { optionalText, versionSchema } from './common-schema';
import { customerUserFieldsSchema, customerUserSchema } from './customer-user-schema';

// What the API accepts on writes to a customer user, apart from what it answers on reads (./customer-user-schema):
// only the screens that write load it.

/** What the API accepts on create and update; `version` guards updates against lost changes. */
export const customerUserWriteSchema = z.extend(customerUserFieldsSchema, {
  password: optionalText('customerUser.password', 100),
  version: z.optional(versionSchema),
});
export type CustomerUserWrite = z.input<typeof customerUserWriteSchema>;

/** Answer to a create: the generated password is shown once, then never again. */
export const customerUserCreatedSchema = z.object({
  customerUser: customerUserSchema,
  generatedPassword: z.optional(z.string()),
});

/** The add/edit form: the write schema without the version, which the form keeps apart. */
export const customerUserFormSchema = z.omit(customerUserWriteSchema, { version: true });
export type CustomerUserFormValues = z.input<typeof customerUserFormSchema>;
export type CustomerUserFormOutput = z.output<typeof customerUserFormSchema>;
