import * as z from 'zod/mini';
import {
  auditSchema,
  optionalText,
  pageSchema,
  requiredEmail,
  requiredId,
  requiredText,
  validitySchema,
} from './common-schema';

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
