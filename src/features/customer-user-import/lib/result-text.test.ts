import { describe, expect, it } from 'vitest';
import { changeLocale } from '@/i18n';
import { checkText, outcomeText, problemsText } from './result-text';

const problems = {
  email: {
    code: 'email.invalid',
    params: { field: 'customerUser.email' },
    message: 'Email must be a valid email address.',
  },
  login: {
    code: 'import.login_repeated',
    params: { row: 4 },
    message: 'This username is already in row 4 of the file.',
  },
};

describe("a row's result in words", () => {
  it("says each problem after its field's label, in the form's words", () => {
    expect(problemsText(problems)).toBe(
      'Email: Email must be a valid email address. Username: This username is already in row 4 of the file.',
    );
    expect(checkText({ status: 'add' })).toBe('add');
    expect(outcomeText({ status: 'unchanged' }, undefined)).toBe('not written: unchanged');
    expect(outcomeText({ status: 'add' }, { kind: 'not-sent', why: 'cancelled' })).toBe(
      'not written: the import was cancelled before this row',
    );
  });

  it('says it in German when German is on view', () => {
    changeLocale('de');
    expect(problemsText(problems)).toBe(
      'E-Mail: E-Mail muss eine gültige E-Mail-Adresse sein. Benutzername: Dieser Benutzername steht schon in Zeile 4 der Datei.',
    );
    expect(checkText({ status: 'update', version: 2 })).toBe('aktualisieren');
    expect(outcomeText({ status: 'add' }, { kind: 'added' })).toBe('hinzugefügt');
  });
});
