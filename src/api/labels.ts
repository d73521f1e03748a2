/** The form's labels of a customer user, in the form's order: the spec's exact words (English, the server's language). */
export const customerUserLabels = {
  title: 'Title or salutation',
  firstName: 'Firstname',
  lastName: 'Lastname',
  login: 'Username',
  password: 'Password',
  email: 'Email',
  customerId: 'Customer',
  phone: 'Phone',
  fax: 'Fax',
  mobile: 'Mobile',
  street: 'Street',
  zip: 'Zip',
  city: 'City',
  country: 'Country',
  comment: 'Comment',
  validity: 'Validity',
} as const;

/** The form's labels of a customer (English, the server's language). */
export const customerLabels = {
  customerId: 'Customer ID',
  name: 'Customer name',
  street: 'Street',
  zip: 'Zip',
  city: 'City',
  country: 'Country',
  url: 'URL',
  comment: 'Comment',
  validity: 'Validity',
} as const;

/** Fields the contract's rules name that belong to no form. */
const otherLabels = { 'cell.row': 'The row of a cell' } as const;

/**
 * A field as the contract's rules name it, language-neutral: `customerUser.email`, `customer.customerId`,
 * `cell.row`. A problem carries it in its params (`field`), so each caller says it in its own language.
 */
export type FieldName =
  | `customerUser.${keyof typeof customerUserLabels}`
  | `customer.${keyof typeof customerLabels}`
  | keyof typeof otherLabels;

/** A field's English label ("Email"); an unknown name is answered as it is. */
export function englishFieldLabel(name: string): string {
  const [entity, field] = name.split('.', 2);
  if (entity === 'customerUser' && field && Object.hasOwn(customerUserLabels, field))
    return customerUserLabels[field as keyof typeof customerUserLabels];
  if (entity === 'customer' && field && Object.hasOwn(customerLabels, field))
    return customerLabels[field as keyof typeof customerLabels];
  if (Object.hasOwn(otherLabels, name)) return otherLabels[name as keyof typeof otherLabels];
  return name;
}
