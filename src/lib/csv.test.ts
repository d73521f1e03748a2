import { describe, expect, it } from 'vitest';
import { loadCsv, neutraliseFormula, restoreFormula } from './csv';

describe('CSV', () => {
  it('writes RFC 4180: quotes only where needed, doubled quotes, line breaks kept inside a cell, CRLF after each record', async () => {
    const csv = await loadCsv();
    expect(csv.formatRows([['a', 'b, c', 'say "hi"', 'two\nlines'], ['x']])).toBe(
      'a,"b, c","say ""hi""","two\nlines"\r\nx\r\n',
    );
    expect(csv.formatRows([])).toBe('');
  });

  it('reads back what it writes, with either delimiter', async () => {
    const csv = await loadCsv();
    const rows = [
      ['Username', 'Comment'],
      ['jdoe', 'line one\r\nline two; "quoted"'],
    ];
    expect(csv.parseRows(csv.formatRows(rows), ',')).toEqual(rows);
    expect(csv.parseRows('a;"b;c"\r\nd;e', ';')).toEqual([
      ['a', 'b;c'],
      ['d', 'e'],
    ]);
  });

  it('neutralises a cell a spreadsheet would run as a formula, and restores it when read back', () => {
    for (const cell of ['=1+1', '+49 30 1234', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
      expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
    }
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(restoreFormula("'quoted by the admin")).toBe("'quoted by the admin");
  });
});
