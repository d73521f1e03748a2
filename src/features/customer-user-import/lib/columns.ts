import { type ImportField, importFields } from '@/api/customer-user-import-schema';
import { customerUserLabels } from '@/api/labels';
import { m } from '@/i18n';

/** The German form labels, whatever the language on view. */
const germanLabels: Record<ImportField | 'password', () => string> = {
  title: () => m.field_customer_user_title({}, { locale: 'de' }),
  firstName: () => m.field_customer_user_first_name({}, { locale: 'de' }),
  lastName: () => m.field_customer_user_last_name({}, { locale: 'de' }),
  login: () => m.field_customer_user_login({}, { locale: 'de' }),
  password: () => m.field_customer_user_password({}, { locale: 'de' }),
  email: () => m.field_customer_user_email({}, { locale: 'de' }),
  customerId: () => m.field_customer_user_customer_id({}, { locale: 'de' }),
  phone: () => m.field_customer_user_phone({}, { locale: 'de' }),
  fax: () => m.field_customer_user_fax({}, { locale: 'de' }),
  mobile: () => m.field_customer_user_mobile({}, { locale: 'de' }),
  street: () => m.field_customer_user_street({}, { locale: 'de' }),
  zip: () => m.field_customer_user_zip({}, { locale: 'de' }),
  city: () => m.field_customer_user_city({}, { locale: 'de' }),
  country: () => m.field_customer_user_country({}, { locale: 'de' }),
  comment: () => m.field_customer_user_comment({}, { locale: 'de' }),
  validity: () => m.field_customer_user_validity({}, { locale: 'de' }),
};

/** The audit columns of an export ("Created", "Changed"): read by no one, so a round trip passes them over silently. */
const auditHeaders = ['created', 'changed', 'erstellt', 'geändert', 'createdAt', 'changedAt', 'createdBy', 'changedBy'];

/** A header as it is compared: trimmed, inner spaces single, any letter case. */
export function headerKey(header: string): string {
  return header.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

type HeaderMeaning = ImportField | 'password' | 'ignored';

let meanings: Map<string, HeaderMeaning> | undefined;

/** Every header the import knows: field names, English and German labels, the password and the audit columns. */
function headerMeanings(): Map<string, HeaderMeaning> {
  if (meanings) return meanings;
  const known = new Map<string, HeaderMeaning>();
  for (const header of auditHeaders) known.set(headerKey(header), 'ignored');
  for (const field of [...importFields, 'password'] as const) {
    known.set(headerKey(field), field);
    known.set(headerKey(customerUserLabels[field]), field);
    known.set(headerKey(germanLabels[field]()), field);
  }
  meanings = known;
  return known;
}

/** How a file's header row maps onto the fields. */
export interface ColumnMatch {
  /** Per column (by index): the field it fills, if any. */
  fields: (ImportField | undefined)[];
  /** Headers no field answers to, as the file spells them: reported, not imported. */
  unknown: string[];
  /** Password columns, as the file spells them: reported, never imported (passwords are generated). */
  password: string[];
  /** Columns naming a field a column before already fills: reported, only the first is imported. */
  repeated: string[];
  /** Indexes of columns without a header. */
  unnamed: number[];
  /** Whether a column holds the username, without which no row can be matched. */
  hasLogin: boolean;
}

/**
 * Matches a header row onto the fields, in any order: by field name (`firstName`), by the form's English
 * label (`Firstname`) or German label (`Vorname`), trimmed and in any letter case. The audit columns of
 * an export (Created, Changed) are passed over silently; a password column is reported, never imported.
 */
export function matchColumns(header: readonly string[]): ColumnMatch {
  const known = headerMeanings();
  const taken = new Set<ImportField>();
  const match: ColumnMatch = { fields: [], unknown: [], password: [], repeated: [], unnamed: [], hasLogin: false };
  header.forEach((name, index) => {
    match.fields.push(undefined);
    const key = headerKey(name);
    if (key === '') {
      match.unnamed.push(index);
      return;
    }
    const meaning = known.get(key);
    if (meaning === undefined) match.unknown.push(name.trim());
    else if (meaning === 'password') match.password.push(name.trim());
    else if (meaning === 'ignored') return;
    else if (taken.has(meaning)) match.repeated.push(name.trim());
    else {
      taken.add(meaning);
      match.fields[index] = meaning;
    }
  });
  match.hasLogin = taken.has('login');
  return match;
}
