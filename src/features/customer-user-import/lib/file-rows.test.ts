import { describe, expect, it } from 'vitest';
import { findRepeats, importFileOf } from './file-rows';
import { parseCsv } from './parse-csv';

async function fileOf(text: string) {
  return importFileOf(await parseCsv(text));
}

describe("a file's rows for the import", () => {
  it('fills each field from its column, leaves out columns the file lacks, and maps the validity', async () => {
    const file = await fileOf(
      'Gültigkeit,Benutzername,E-Mail,Passwort\nungültig,jdoe,j@example.com,secret\n,msmith,,\n',
    );
    expect(file.kind).toBe('rows');
    if (file.kind !== 'rows') return;
    expect(file.rows).toEqual([
      { line: 2, values: { validity: 'invalid', login: 'jdoe', email: 'j@example.com' } },
      { line: 3, values: { validity: 'valid', login: 'msmith', email: '' } },
    ]);
    expect(file.columns.password).toEqual(['Passwort']);
  });

  it('cannot be previewed without a Username column, or without rows below the header', async () => {
    expect((await fileOf('Firstname,Lastname\nJohn,Doe\n')).kind).toBe('no-login');
    expect((await fileOf('Username,Email\n\n')).kind).toBe('no-rows');
    expect((await fileOf('')).kind).toBe('no-login');
  });

  it('notes a column without a header only when it holds something', async () => {
    const file = await fileOf('Username,,Email,\njdoe,x,j@example.com,\n');
    expect(file.kind === 'rows' && file.unnamedWithData).toEqual([1]);
  });
});

describe('repeats within the file', () => {
  it('gives each later row the row number of the first one with its username or email, in any letter case', () => {
    const rows = [
      { line: 2, values: { login: 'jdoe', email: 'j@example.com' } },
      { line: 3, values: { login: 'msmith', email: 'm@example.com' } },
      { line: 5, values: { login: 'JDOE ', email: 'other@example.com' } },
      { line: 6, values: { login: 'ohaddad', email: 'M@Example.com' } },
      { line: 7, values: { login: 'jdoe', email: 'm@example.com' } },
      { line: 8, values: { login: '', email: '' } },
      { line: 9, values: { login: '', email: '' } },
    ];
    const repeats = findRepeats(rows);
    expect([...repeats]).toEqual([
      [2, { login: { code: 'import.login_repeated', params: { row: 2 } } }],
      [3, { email: { code: 'import.email_repeated', params: { row: 3 } } }],
      [
        4,
        {
          login: { code: 'import.login_repeated', params: { row: 2 } },
          email: { code: 'import.email_repeated', params: { row: 3 } },
        },
      ],
    ]);
  });
});
