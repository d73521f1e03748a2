import { describe, expect, it } from 'vitest';
import { englishCustomerUserCsvHeader, germanCustomerUserCsvHeader } from '@/testing/customer-user-csv-header';
import { matchColumns } from './columns';

/** The fields in the order Export CSV writes them (and its header names them). */
const exportOrder = [
  'login',
  'title',
  'firstName',
  'lastName',
  'email',
  'customerId',
  'phone',
  'fax',
  'mobile',
  'street',
  'zip',
  'city',
  'country',
  'comment',
  'validity',
];

describe('matching a header row onto the fields', () => {
  it('knows the English form labels, in any order', () => {
    const match = matchColumns(['Email', 'Username', 'Lastname', 'Firstname', 'Title or salutation', 'Customer']);
    expect(match.fields).toEqual(['email', 'login', 'lastName', 'firstName', 'title', 'customerId']);
    expect(match).toMatchObject({ hasLogin: true, unknown: [], password: [], repeated: [] });
  });

  it('knows the German form labels whatever the language on view', () => {
    const match = matchColumns(germanCustomerUserCsvHeader.slice(0, 15));
    expect(match.fields).toEqual(exportOrder);
    expect(match.unknown).toEqual([]);
  });

  it('knows the field names, trimmed and in any letter case', () => {
    const match = matchColumns([
      ' login ',
      'FIRSTNAME',
      'lastName',
      'customerid',
      'E-MAIL',
      '  Title   or  salutation ',
    ]);
    expect(match.fields).toEqual(['login', 'firstName', 'lastName', 'customerId', 'email', 'title']);
  });

  it("reads an export's header back: its audit columns are passed over silently", () => {
    const exported = englishCustomerUserCsvHeader;
    const match = matchColumns(exported);
    expect(match.fields.slice(0, 15)).toEqual(exportOrder);
    expect(match.fields.slice(15)).toEqual([undefined, undefined]);
    expect(match).toMatchObject({ unknown: [], password: [], repeated: [] });
    expect(matchColumns(['Benutzername', 'Erstellt', 'Geändert']).unknown).toEqual([]);
  });

  it('reports a password column (never imported), unknown columns as spelled, and a column named twice', () => {
    const match = matchColumns(['Username', 'Password', 'Department', 'Email', ' Cost centre ', 'E-Mail', 'Passwort']);
    expect(match.fields).toEqual(['login', undefined, undefined, 'email', undefined, undefined, undefined]);
    expect(match.password).toEqual(['Password', 'Passwort']);
    expect(match.unknown).toEqual(['Department', 'Cost centre']);
    expect(match.repeated).toEqual(['E-Mail']);
  });

  it('says when there is no Username column, and notes columns without a header', () => {
    const match = matchColumns(['Firstname', 'Lastname', '', 'Email']);
    expect(match.hasLogin).toBe(false);
    expect(match.unnamed).toEqual([2]);
    expect(matchColumns([]).hasLogin).toBe(false);
  });
});
