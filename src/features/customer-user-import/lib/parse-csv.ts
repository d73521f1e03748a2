// Reading the admin's file: the CSV reader loads only when a file is read (see src/lib/csv.ts).
import { loadCsv } from '@/lib/csv';

/** One record of the file: its cells, and its row number as a spreadsheet shows it (the header is row 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvTable {
  /** The header's cells, or none for a file without a record. */
  header: string[];
  /** The header's row number (1 unless empty rows come first). */
  headerLine: number;
  /** The records below the header; empty rows (only empty or blank cells) left out. */
  records: CsvRecord[];
  /** The row of a quoted cell that is never closed: everything after its quote was read into that one cell. */
  unclosedQuoteLine?: number;
}

/** A record without a single non-blank cell: a blank line, or only delimiters (`;;;`). */
function isEmptyRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Outside quotes, the delimiter the header uses most: a comma, the semicolon of German spreadsheet exports, or a tab. */
function detectDelimiter(text: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/**
 * Reads CSV text: RFC 4180 quoting (commas, quotes and line breaks in quoted cells), LF or CRLF, a
 * leading byte order mark dropped, the delimiter detected (a comma, or the semicolon of German
 * spreadsheet exports; a tab too). Empty rows are left out, but the others keep their row number as a
 * spreadsheet shows it, so a message names the row the admin sees.
 */
export async function parseCsv(text: string): Promise<CsvTable> {
  const csv = await loadCsv();
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows = csv.parseRows(input, detectDelimiter(input));
  const records: CsvRecord[] = [];
  rows.forEach((cells, index) => {
    if (!isEmptyRecord(cells)) records.push({ line: index + 1, cells });
  });
  // Quotes come in pairs in a well-formed file; an odd one opened a cell that ran on to the end: the last record.
  const unclosed = (input.match(/"/g)?.length ?? 0) % 2 === 1 ? rows.length : undefined;
  const [header, ...body] = records;
  return {
    header: header?.cells ?? [],
    headerLine: header?.line ?? 1,
    records: body,
    ...(unclosed !== undefined && { unclosedQuoteLine: unclosed }),
  };
}
