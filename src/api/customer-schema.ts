import * as z from 'zod/mini';
import {
  auditSchema,
  optionalText,
  pageSchema,
  requiredId,
  requiredText,
  validitySchema,
  versionSchema,
} from './common-schema';

const customerFields = {
  customerId: requiredId('customer.customerId', 150),
  name: requiredText('customer.name', 200),
  street: optionalText('customer.street', 200),
  zip: optionalText('customer.zip', 200),
  city: optionalText('customer.city', 200),
  country: optionalText('customer.country', 200),
  url: optionalText('customer.url', 200),
  comment: optionalText('customer.comment', 250),
  validity: z._default(validitySchema, 'valid'),
};

export const customerFieldsSchema = z.strictObject(customerFields);

export const customerSchema = z.object({ ...customerFields, ...auditSchema.shape });
export type Customer = z.infer<typeof customerSchema>;

export const customerWriteSchema = z.extend(customerFieldsSchema, {
  version: z.optional(versionSchema),
});
export type CustomerWrite = z.input<typeof customerWriteSchema>;

export const customerPageSchema = pageSchema(customerSchema);

export const customerSortKeys = ['customerId', 'name', 'city', 'validity'] as const;
export type CustomerSortKey = (typeof customerSortKeys)[number];
const customerSortKeySchema = z.enum(customerSortKeys);
/** A column key, `-` in front for descending. */
export const customerSortSchema = z.union([customerSortKeySchema, z.templateLiteral(['-', customerSortKeySchema])]);
export type CustomerSort = z.infer<typeof customerSortSchema>;

export const customerListQuerySchema = z.object({
  search: z._default(z.string().check(z.trim()), ''),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000)), 50),
  sort: z._default(customerSortSchema, 'customerId'),
  validity: z.optional(validitySchema),
});
export type CustomerListQuery = z.output<typeof customerListQuerySchema>;
export type CustomerPage = z.infer<typeof customerPageSchema>;
