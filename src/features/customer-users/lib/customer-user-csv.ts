// Customer users as CSV: RFC 4180 text for the Export CSV button. The CSV writer is imported on first use,
// so neither it nor this conversion is part of the first visit.
import { importFields } from '@/api/customer-user-import-schema';
import type { CustomerUser } from '@/api/customer-user-schema';
import { customerUserFieldLabel, m, validityLabel } from '@/i18n';
import { type Csv, loadCsv, neutraliseFormula } from '@/lib/csv';

/** The exported fields, in the file's order: the username first, then the others in the form's order (the
 * columns Import CSV reads); never the password. */
const exportedFields = ['login', ...importFields.filter((field) => field !== 'login')] as const;

export interface CustomerUserCsv {
  /** The header record: the field labels in the language on view, then Created and Changed; CRLF after it. */
  header(): string;
  /** Each customer user as a record (validity in the language on view, ISO 8601 timestamps), CRLF after each. */
  records(users: readonly CustomerUser[]): string;
}

function headerCells(): string[] {
  return [
    ...exportedFields.map(customerUserFieldLabel),
    m.customer_users_csv_created(),
    m.customer_users_csv_changed(),
  ];
}

function recordCells(user: CustomerUser): string[] {
  return [
    ...exportedFields.map((field) => (field === 'validity' ? validityLabel(user.validity) : user[field])),
    user.createdAt,
    user.changedAt,
  ];
}

/** The CSV writer: each call converts only what it is given, so a long export goes in steps. */
export function customerUserCsv(csv: Pick<Csv, 'formatRows'>): CustomerUserCsv {
  const lines = (rows: string[][]) => csv.formatRows(rows.map((cells) => cells.map(neutraliseFormula)));
  return {
    header: () => lines([headerCells()]),
    records: (users) => lines(users.map(recordCells)),
  };
}

/** The CSV writer, loaded on first use (a failed load is tried again next time). */
export async function loadCustomerUserCsv(): Promise<CustomerUserCsv> {
  return customerUserCsv(await loadCsv());
}

/** The file's name, by the local date of the export: `customer-users-2026-05-14.csv`. */
export function customerUserCsvFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `customer-users-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
