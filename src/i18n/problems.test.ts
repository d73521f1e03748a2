import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, saveFailureOf } from '@/api/api-error';
import { customerUserFormSchema } from '@/api/customer-user-write-schema';
import { problemMessage } from '@/api/problem';
import { englishProblem, englishProblemMessage, problemCodes } from '@/api/problem-english';
import { changeLocale, resetLocale } from './locale';
import { problemText } from './problems';

afterEach(() => resetLocale());

/** Sample params for every placeholder a problem's sentence may have. */
const params = {
  field: 'customerUser.email',
  max: 150,
  min: 1,
  character: '/',
  key: 'isAdmin',
  path: 'changes.0',
  method: 'PATCH',
  allow: 'GET, PUT',
  id: 'jdoe',
  customerId: 'acme',
  group: 'users',
  context: 'other',
  type: 'rw',
  row: 'g1',
  reason: 'quota',
};

describe('problemText', () => {
  it('says every code in English exactly as the server does', () => {
    changeLocale('en');
    for (const code of problemCodes) {
      expect(problemText({ code, params }), code).toBe(englishProblemMessage({ code, params }));
    }
  });

  it('says every code in German, with the field named in German', () => {
    changeLocale('de');
    for (const code of problemCodes) {
      const german = problemText({ code, params });
      expect(german, code).not.toBe(englishProblemMessage({ code, params }));
      expect(german, code).not.toMatch(/undefined|\{|\}/);
    }
    expect(problemText(englishProblem('email.taken'))).toBe(
      'Diese E-Mail-Adresse wird bereits von einem anderen Kundenbenutzer verwendet.',
    );
    expect(problemText(englishProblem('text.required', { field: 'customerUser.firstName' }))).toBe(
      'Vorname ist ein Pflichtfeld.',
    );
    expect(problemText(englishProblem('text.too_long', { field: 'customer.customerId', max: 150 }))).toBe(
      'Kundennummer darf höchstens 150 Zeichen lang sein.',
    );
    expect(problemText(englishProblem('id.url_breaker', { field: 'customerUser.login', character: '#' }))).toBe(
      'Benutzername darf kein „#“ enthalten: Es würde Links unbrauchbar machen.',
    );
  });

  it('names the field the caller gives instead of the problem’s own', () => {
    changeLocale('de');
    expect(problemText(englishProblem('text.required', { field: 'customerUser.email' }), 'customer.name')).toBe(
      'Kundenname ist ein Pflichtfeld.',
    );
  });

  it('falls back to the server’s message for a code it does not know', () => {
    changeLocale('de');
    const problem = { code: 'quota.exceeded', params: { max: 3 }, message: 'You may add at most 3 users.' };
    expect(problemText(problem)).toBe('You may add at most 3 users.');
    expect(problemText({ code: '', params: {}, message: 'City is too long.' })).toBe('City is too long.');
  });
});

describe('the translator installed for the API', () => {
  it('makes ApiError and its field errors speak the language on view, each time they are read', () => {
    const error = new ApiError('validation', {
      status: 400,
      problem: englishProblem('request.invalid'),
      fieldProblems: { email: englishProblem('email.taken') },
    });
    expect(error.message).toBe('Some fields are not valid.');
    expect(error.fieldErrors).toEqual({ email: 'This email address is already used by another customer user.' });
    changeLocale('de');
    expect(error.message).toBe('Einige Felder sind nicht gültig.');
    expect(error.fieldErrors).toEqual({
      email: 'Diese E-Mail-Adresse wird bereits von einem anderen Kundenbenutzer verwendet.',
    });
  });

  it('translates the console’s own sentences, and a refusal the server explains', () => {
    changeLocale('de');
    expect(new ApiError('offline').message).toBe('Sie sind offline.');
    expect(saveFailureOf(new ApiError('server')).message).toBe(
      'Beim Server ist ein Fehler aufgetreten; es wurde nicht gespeichert. Ihre Eingaben bleiben erhalten; versuchen Sie es erneut.',
    );
    const refused = new ApiError('forbidden', { problem: englishProblem('settings.administrators_only') });
    expect(saveFailureOf(refused).message).toBe(
      'Nur Administratoren können die Einstellungen ändern. Es wurde nichts gespeichert; Ihre Eingaben bleiben erhalten.',
    );
    expect(problemMessage(englishProblem('api.timeout'))).toBe('Der Server hat nicht rechtzeitig geantwortet.');
  });

  it('makes the forms’ validation speak the language on view', () => {
    const form = { firstName: '', lastName: 'Hopper', login: 'g/hopper', email: 'nope', customerId: 'acme' };
    changeLocale('de');
    const messages = customerUserFormSchema.safeParse(form).error?.issues.map((issue) => issue.message);
    expect(messages).toEqual([
      'Vorname ist ein Pflichtfeld.',
      'Benutzername darf kein „/“ enthalten: Es würde Links unbrauchbar machen.',
      'E-Mail muss eine gültige E-Mail-Adresse sein.',
    ]);
    changeLocale('en');
    expect(customerUserFormSchema.safeParse(form).error?.issues[0]?.message).toBe('Firstname is required.');
  });
});
