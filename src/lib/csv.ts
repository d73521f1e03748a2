// CSV as RFC 4180 writes it, read and written by d3-dsv: an ES module of 2 KB gzip, imported only where a
// file is read or written. (papaparse, a CommonJS bundle, split the bundler's runtime out of the first
// visit's chunk once anything imported it on demand; see docs/decisions/013-csv-by-d3-dsv.md.)

/** The byte order mark a spreadsheet program needs to read a file as UTF-8 (umlauts). */
export const utf8Bom = '\uFEFF';

/** What a spreadsheet would run as a formula: a cell starting with `=`, `+`, `-`, `@`, a tab or a return. */
const formulaStart = /^[=+\-@\t\r]/;

/** A cell a spreadsheet would run as a formula gets a leading `'`, which makes it text. */
export function neutraliseFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** The cell as it was before `neutraliseFormula`: an export read back by the import changes nothing. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export interface Csv {
  /** The records of the text, by the delimiter; a quoted cell keeps its commas, quotes and line breaks. */
  parseRows(text: string, delimiter: string): string[][];
  /** The records as RFC 4180 text: quotes only where needed, CRLF after every record. */
  formatRows(rows: readonly (readonly string[])[]): string;
}

let loading: Promise<Csv> | undefined;

/** The CSV reader and writer, imported on first use (a failed import is tried again on the next call). */
export function loadCsv(): Promise<Csv> {
  loading ??= import('d3-dsv').then(
    ({ csvFormatRow, dsvFormat }): Csv => ({
      parseRows: (text, delimiter) => dsvFormat(delimiter).parseRows(text),
      // Record by record: a line break inside a quoted cell stays as it is.
      formatRows: (rows) => rows.map((row) => `${csvFormatRow([...row])}\r\n`).join(''),
    }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
