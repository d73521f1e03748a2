import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomerUser } from '@/api/customer-user-schema';
import { changeLocale } from '@/i18n';
import { utf8Bom } from '@/lib/csv';
import { englishCustomerUserCsvHeader, germanCustomerUserCsvHeader } from '@/testing/customer-user-csv-header';
import { type CustomerUserCsv, customerUserCsvFileName, loadCustomerUserCsv } from './customer-user-csv';

const user: CustomerUser = {
  id: 'cu-1',
  login: 'jdoe',
  title: 'Mr.',
  firstName: 'John',
  lastName: 'Doe',
  email: 'john.doe@example.com',
  customerId: 'NORDWIND',
  phone: '',
  fax: '',
  mobile: '',
  street: 'Hafenstraße 1',
  zip: '20457',
  city: 'Hamburg',
  country: 'Germany',
  comment: '',
  validity: 'invalid-temporarily',
  createdAt: '2026-01-02T03:04:05.000Z',
  createdBy: 'admin',
  changedAt: '2026-02-03T04:05:06.000Z',
  changedBy: 'admin',
  version: 3,
};

const englishHeader = englishCustomerUserCsvHeader;

let csv: CustomerUserCsv;
beforeAll(async () => {
  csv = await loadCustomerUserCsv();
});

/** The cells of each record, as a spreadsheet program (RFC 4180) reads them back. */
function parse(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  // The last record ends with CRLF too: the empty line after it is no record.
  return result.data.filter((row) => !(row.length === 1 && row[0] === ''));
}

describe('customer user CSV', () => {
  it('heads the columns with the field labels, Created and Changed, and never a password', () => {
    expect(csv.header()).toBe(`${englishHeader.join(',')}\r\n`);
    expect(csv.header()).not.toMatch(/password/i);
  });

  it('writes a record per customer user: validity by its label, timestamps as the API gives them, CRLF after each', () => {
    const text = csv.records([user, { ...user, id: 'cu-2', login: 'jane', validity: 'valid' }]);
    expect(text).toBe(
      'jdoe,Mr.,John,Doe,john.doe@example.com,NORDWIND,,,,Hafenstraße 1,20457,Hamburg,Germany,,invalid-temporarily,2026-01-02T03:04:05.000Z,2026-02-03T04:05:06.000Z\r\n' +
        'jane,Mr.,John,Doe,john.doe@example.com,NORDWIND,,,,Hafenstraße 1,20457,Hamburg,Germany,,valid,2026-01-02T03:04:05.000Z,2026-02-03T04:05:06.000Z\r\n',
    );
    expect(parse(text)[0]).toHaveLength(englishHeader.length);
  });

  it('writes nothing for no customer users', () => {
    expect(csv.records([])).toBe('');
  });

  it.each([
    ['=', '=HYPERLINK("http://evil.example","x")'],
    ['+', '+49 30 1234'],
    ['-', '-2+3'],
    ['@', '@SUM(A1:A2)'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
    ['= across a line break', '=1+1\nsecond line'],
  ])('neutralises a cell starting with %s by a leading apostrophe', (_, comment) => {
    const text = csv.records([{ ...user, comment }]);
    expect(text).toContain(`'${comment.charAt(0)}`);
    expect(parse(text)[0]?.[13]).toBe(`'${comment}`);
  });

  it('leaves a formula character alone anywhere but at the start', () => {
    expect(parse(csv.records([{ ...user, comment: 'a=b+c-d@e' }]))[0]?.[13]).toBe('a=b+c-d@e');
    expect(csv.records([{ ...user, comment: 'a=b+c-d@e' }])).toContain(',a=b+c-d@e,');
  });

  it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
    const comment = 'Says "hi", then\r\nleaves,\nquietly';
    const text = csv.records([{ ...user, comment, city: 'Köln, Altstadt' }]);
    expect(text).toContain(',"Köln, Altstadt",');
    expect(text).toContain(',"Says ""hi"", then\r\nleaves,\nquietly",');
    const [record] = parse(text);
    expect(record?.[11]).toBe('Köln, Altstadt');
    expect(record?.[13]).toBe(comment);
    expect(record).toHaveLength(englishHeader.length);
  });

  it('says the labels and validities in German when German is on view', () => {
    changeLocale('de');
    expect(parse(csv.header())[0]).toEqual(germanCustomerUserCsvHeader);
    expect(parse(csv.records([user]))[0]?.[14]).toBe('ungültig-temporär');
  });

  it('has a UTF-8 byte order mark to put first, and names the file by the local date', () => {
    expect([...new TextEncoder().encode(utf8Bom)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(customerUserCsvFileName(new Date(2026, 4, 7, 23, 59))).toBe('customer-users-2026-05-07.csv');
  });
});
