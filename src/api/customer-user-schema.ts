import * as z from 'zod/mini';
import {
  auditSchema,
  optionalText,
  pageSchema,
  requiredEmail,
  requiredId,
  requiredText,
  validitySchema,
  versionSchema,
} from './common-schema';
import { problemSchema, rule } from './problem';

export { customerUserLabels } from './labels';

/** The editable data of a customer user, with the rules a server enforces on write. */
const customerUserFields = {
  title: optionalText('customerUser.title', 50),
  firstName: requiredText('customerUser.firstName', 100),
  lastName: requiredText('customerUser.lastName', 100),
  login: requiredId('customerUser.login', 200),
  email: requiredEmail('customerUser.email', 150),
  customerId: requiredId('customerUser.customerId', 150),
  phone: optionalText('customerUser.phone', 150),
  fax: optionalText('customerUser.fax', 150),
  mobile: optionalText('customerUser.mobile', 150),
  street: optionalText('customerUser.street', 150),
  zip: optionalText('customerUser.zip', 200),
  city: optionalText('customerUser.city', 200),
  country: optionalText('customerUser.country', 200),
  comment: optionalText('customerUser.comment', 250),
  validity: z._default(validitySchema, 'valid'),
};

export const customerUserFieldsSchema = z.strictObject(customerUserFields);

/** What the API answers: never a password. */
export const customerUserSchema = z.object({
  id: z.string().check(z.minLength(1)),
  ...customerUserFields,
  ...auditSchema.shape,
});
export type CustomerUser = z.infer<typeof customerUserSchema>;

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

export const customerUserSortKeys = ['login', 'name', 'email', 'customerId', 'validity'] as const;
export type CustomerUserSortKey = (typeof customerUserSortKeys)[number];
const customerUserSortKeySchema = z.enum(customerUserSortKeys);
/** A column key, `-` in front for descending. */
export const customerUserSortSchema = z.union([
  customerUserSortKeySchema,
  z.templateLiteral(['-', customerUserSortKeySchema]),
]);
export type CustomerUserSort = z.infer<typeof customerUserSortSchema>;

export const customerUserListQuerySchema = z.object({
  search: z._default(z.string().check(z.trim()), ''),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000)), 50),
  sort: z._default(customerUserSortSchema, 'login'),
  validity: z.optional(validitySchema),
});
export type CustomerUserListQuery = z.output<typeof customerUserListQuerySchema>;

export const customerUserPageSchema = pageSchema(customerUserSchema);
export type CustomerUserPage = z.infer<typeof customerUserPageSchema>;

/** Full name: title, first and last name joined by single spaces, empty parts skipped. */
export function fullName(user: Pick<CustomerUser, 'title' | 'firstName' | 'lastName'>): string {
  return [user.title, user.firstName, user.lastName].filter((part) => part.trim() !== '').join(' ');
}

/** The add/edit form: the write schema without the version, which the form keeps apart. */
export const customerUserFormSchema = z.omit(customerUserWriteSchema, { version: true });
export type CustomerUserFormValues = z.input<typeof customerUserFormSchema>;
export type CustomerUserFormOutput = z.output<typeof customerUserFormSchema>;

// -- Validity for many at once --

/** At most this many changes in one validity batch. */
export const maxValidityChanges = 1000;

/** One row of a validity batch: the customer user, the version the admin saw, the new validity. */
export const validityChangeSchema = z.strictObject({
  id: z
    .string({ error: rule('validity_batch.id_invalid') })
    .check(z.minLength(1, { error: rule('validity_batch.id_invalid') })),
  version: versionSchema,
  validity: validitySchema,
});
export type ValidityChange = z.infer<typeof validityChangeSchema>;

/**
 * The body of `POST /customer-users/validity-batch`: 1 to 1000 changes. A bad row does not refuse the
 * batch: each row is checked on its own and answered `invalid` with its problem.
 */
export const validityBatchSchema = z.strictObject({
  changes: z
    .array(z.unknown())
    .check(
      z.minLength(1, { error: rule('validity_batch.size', { min: 1, max: maxValidityChanges }) }),
      z.maxLength(maxValidityChanges, { error: rule('validity_batch.size', { min: 1, max: maxValidityChanges }) }),
    ),
});
export interface ValidityBatch {
  changes: ValidityChange[];
}

export const validityResultStatuses = ['updated', 'conflict', 'not-found', 'invalid'] as const;
export type ValidityResultStatus = (typeof validityResultStatuses)[number];

/**
 * The answer for one row, in the order sent: `updated` (with the new version), `conflict` (someone else
 * changed it: the current version, nothing written), `not-found`, or `invalid` (with its problem).
 */
export const validityResultSchema = z.object({
  id: z.string(),
  status: z.enum(validityResultStatuses),
  version: z.optional(versionSchema),
  problem: z.optional(problemSchema),
});
export type ValidityResult = z.infer<typeof validityResultSchema>;

export const validityBatchResultsSchema = z.object({ results: z.array(validityResultSchema) });
export type ValidityBatchResults = z.infer<typeof validityBatchResultsSchema>;
