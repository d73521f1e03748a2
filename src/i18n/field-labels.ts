import type { Validity } from '@/api/common-schema';
import type { customerLabels, customerUserLabels } from '@/api/labels';
import { m } from '@/paraglide/messages.js';

/** The same fields as the contract's English labels name. */
type CustomerUserField = keyof typeof customerUserLabels;
type CustomerField = keyof typeof customerLabels;

/** A customer user's field as the form labels it, in the language on view ("Username" / "Benutzername"). */
export function customerUserFieldLabel(field: CustomerUserField): string {
  return customerUserFields[field]();
}

/** A customer's field as the form labels it, in the language on view ("Customer ID" / "Kundennummer"). */
export function customerFieldLabel(field: CustomerField): string {
  return customerFields[field]();
}

/** A validity as lists and selects show it ("invalid-temporarily" / "ungültig-temporär"). */
export function validityLabel(validity: Validity): string {
  return validities[validity]();
}

const customerUserFields: Record<CustomerUserField, () => string> = {
  title: m.field_customer_user_title,
  firstName: m.field_customer_user_first_name,
  lastName: m.field_customer_user_last_name,
  login: m.field_customer_user_login,
  password: m.field_customer_user_password,
  email: m.field_customer_user_email,
  customerId: m.field_customer_user_customer_id,
  phone: m.field_customer_user_phone,
  fax: m.field_customer_user_fax,
  mobile: m.field_customer_user_mobile,
  street: m.field_customer_user_street,
  zip: m.field_customer_user_zip,
  city: m.field_customer_user_city,
  country: m.field_customer_user_country,
  comment: m.field_customer_user_comment,
  validity: m.field_customer_user_validity,
};

const customerFields: Record<CustomerField, () => string> = {
  customerId: m.field_customer_customer_id,
  name: m.field_customer_name,
  street: m.field_customer_street,
  zip: m.field_customer_zip,
  city: m.field_customer_city,
  country: m.field_customer_country,
  url: m.field_customer_url,
  comment: m.field_customer_comment,
  validity: m.field_customer_validity,
};

const validities: Record<Validity, () => string> = {
  valid: m.validity_valid,
  invalid: m.validity_invalid,
  'invalid-temporarily': m.validity_invalid_temporarily,
};
