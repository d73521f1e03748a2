import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';

describe('reading CSV text', () => {
  it('reads quoted cells holding commas, quotes and line breaks; a record keeps its row number', async () => {
    const table = await parseCsv(
      'Username,Comment,City\njdoe,"Line one\nline two","Hamburg, Germany"\nmsmith,"She said ""hi""",London\n',
    );
    expect(table.header).toEqual(['Username', 'Comment', 'City']);
    expect(table.records).toEqual([
      { line: 2, cells: ['jdoe', 'Line one\nline two', 'Hamburg, Germany'] },
      { line: 3, cells: ['msmith', 'She said "hi"', 'London'] },
    ]);
  });

  it('drops a byte order mark, so the first header is found', async () => {
    const table = await parseCsv('\ufeffUsername,Email\r\njdoe,j@example.com\r\n');
    expect(table.header).toEqual(['Username', 'Email']);
    expect(table.records).toEqual([{ line: 2, cells: ['jdoe', 'j@example.com'] }]);
  });

  it('detects the semicolon of a German spreadsheet export, with commas inside cells', async () => {
    const table = await parseCsv(
      'Benutzername;Vorname;Nachname;Kommentar\r\nmmueller;Maximilian;Müller;Kunde, seit 2020\r\njdoe;John;Doe;\r\n',
    );
    expect(table.header).toEqual(['Benutzername', 'Vorname', 'Nachname', 'Kommentar']);
    expect(table.records).toEqual([
      { line: 2, cells: ['mmueller', 'Maximilian', 'Müller', 'Kunde, seit 2020'] },
      { line: 3, cells: ['jdoe', 'John', 'Doe', ''] },
    ]);
  });

  it('reads CRLF line ends, and leaves out empty rows while the others keep their row numbers', async () => {
    const table = await parseCsv(
      'Username,Email\r\n\r\njdoe,j@example.com\r\n , \r\n,,\r\nmsmith,m@example.com\r\n\r\n',
    );
    expect(table.records.map((record) => [record.line, record.cells[0]])).toEqual([
      [3, 'jdoe'],
      [6, 'msmith'],
    ]);
  });

  it('reads a file of one column (no delimiter to detect)', async () => {
    const table = await parseCsv('Username\njdoe\nmsmith');
    expect(table.records).toEqual([
      { line: 2, cells: ['jdoe'] },
      { line: 3, cells: ['msmith'] },
    ]);
  });

  it('says which row holds a quoted cell that is never closed', async () => {
    const table = await parseCsv('Username,Comment\njdoe,ok\nmsmith,"never closed\nohaddad,x\n');
    expect(table.unclosedQuoteLine).toBe(3);
  });

  it('has no header and no records for an empty file', async () => {
    expect(await parseCsv('')).toMatchObject({ header: [], records: [] });
    expect(await parseCsv('\ufeff\r\n\r\n')).toMatchObject({ header: [], records: [] });
  });
});
