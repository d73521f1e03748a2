import type { ImportField, ImportRow } from '@/api/customer-user-import-schema';
import type { ProblemData } from '@/api/problem';
import { restoreFormula } from '@/lib/csv';
import { type ColumnMatch, matchColumns } from './columns';
import type { CsvTable } from './parse-csv';
import { importValidity } from './validity';

/** A row of the file, as the import sends it. */
export interface FileRow {
  /** Its row number as a spreadsheet shows it (the header is row 1). */
  line: number;
  values: ImportRow;
}

/** What a file holds for the import, or why it cannot be previewed. */
export type ImportFile =
  | { kind: 'rows'; rows: FileRow[]; columns: ColumnMatch; unnamedWithData: number[]; unclosedQuoteLine?: number }
  | { kind: 'no-login'; columns: ColumnMatch }
  | { kind: 'no-rows'; columns: ColumnMatch };

/** Maps a cell of a field onto what the API takes; a cell an export neutralised (`'+49 30…`) is read as it was. */
function cellValue(field: ImportField, cell: string): string {
  return field === 'validity' ? importValidity(cell) : restoreFormula(cell);
}

/**
 * The file's rows for the import: each record's cells by its header (a column the file lacks is left out,
 * so an update keeps that field), its row number kept. A file without a Username column, or without a
 * row below its header, cannot be previewed.
 */
export function importFileOf(table: CsvTable): ImportFile {
  const columns = matchColumns(table.header);
  if (!columns.hasLogin) return { kind: 'no-login', columns };
  if (table.records.length === 0) return { kind: 'no-rows', columns };
  const used = columns.fields.flatMap((field, index) => (field ? [[index, field] as const] : []));
  const unnamedWithData = new Set<number>();
  const rows = table.records.map(({ line, cells }) => {
    const values: ImportRow = {};
    for (const [index, field] of used) values[field] = cellValue(field, cells[index] ?? '');
    for (const index of columns.unnamed) if ((cells[index] ?? '').trim() !== '') unnamedWithData.add(index);
    return { line, values };
  });
  return {
    kind: 'rows',
    rows,
    columns,
    unnamedWithData: [...unnamedWithData].sort((a, b) => a - b),
    ...(table.unclosedQuoteLine !== undefined && { unclosedQuoteLine: table.unclosedQuoteLine }),
  };
}

/** Text compared for sameness: NFC, trimmed, any letter case (as the server compares usernames and emails). */
function sameKey(value: string | undefined): string {
  return (value ?? '').normalize('NFC').trim().toLowerCase();
}

/**
 * Usernames and email addresses that appear more than once in the file (any letter case): each later row
 * gets a problem naming the first row that has it (`import.login_repeated`, `import.email_repeated`),
 * by field. Empty values are the required-field rule's business, not repeats.
 */
export function findRepeats(rows: readonly FileRow[]): Map<number, Record<string, ProblemData>> {
  const firstLogin = new Map<string, number>();
  const firstEmail = new Map<string, number>();
  const repeats = new Map<number, Record<string, ProblemData>>();
  rows.forEach((row, index) => {
    const problems: Record<string, ProblemData> = {};
    const login = sameKey(row.values.login);
    const email = sameKey(row.values.email);
    if (login !== '') {
      const first = firstLogin.get(login);
      if (first === undefined) firstLogin.set(login, row.line);
      else problems.login = { code: 'import.login_repeated', params: { row: first } };
    }
    if (email !== '') {
      const first = firstEmail.get(email);
      if (first === undefined) firstEmail.set(email, row.line);
      else problems.email = { code: 'import.email_repeated', params: { row: first } };
    }
    if (problems.login || problems.email) repeats.set(index, problems);
  });
  return repeats;
}
