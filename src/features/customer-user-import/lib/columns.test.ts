import { describe, expect, it } from 'vitest';
import { englishCustomerUserCsvHeader } from '@/testing/customer-user-csv-header';
import { matchColumns } from './columns';

describe('matching a header row onto the fields', () => {
  it('knows the English form labels, in any order', () => {
    const match = matchColumns(['Email', 'Username', 'Lastname', 'Firstname', 'Title or salutation', 'Customer']);
    expect(match.fields).toEqual(['email', 'login', 'lastName', 'firstName', 'title', 'customerId']);
    expect(match).toMatchObject({ hasLogin: true, unknown: [], password: [], repeated: [] });
  });

  it('knows the German form labels whatever the language on view', () => {
    const match = matchColumns([
      'Benutzername',
      'Titel oder Anrede',
      'Vorname',
      'Nachname',
      'E-Mail',
      'Kunde',
      'Telefon',
      'Fax',
      'Mobiltelefon',
      'Straße',
      'PLZ',
      'Stadt',
      'Land',
      'Kommentar',
      'Gültigkeit',
    ]);
    expect(match.fields).toEqual([
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
    ]);
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
    expect(match.fields.slice(0, 15)).toEqual([
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
    ]);
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
