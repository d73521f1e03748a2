import { loadCsv, neutraliseFormula, utf8Bom } from '@/lib/csv';

export interface GeneratedPassword {
  login: string;
  password: string;
}

/**
 * The generated passwords as CSV (a header, then one row per customer user), with a byte order mark so
 * spreadsheets read it as UTF-8. A username that a spreadsheet would run as a formula is escaped with a
 * leading `'`: it came from the file, so it may be crafted. A password is never changed, not even by an
 * escape: the server generated it, and a changed one would not work.
 */
export async function passwordsCsv(passwords: readonly GeneratedPassword[], header: [string, string]): Promise<string> {
  const csv = await loadCsv();
  return `${utf8Bom}${csv.formatRows([header, ...passwords.map(({ login, password }) => [neutraliseFormula(login), password])])}`;
}
