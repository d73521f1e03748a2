import { describe, expect, it } from 'vitest';
import { passwordsCsv } from './passwords-csv';

describe('the generated passwords as CSV', () => {
  it('has a header and a row per customer user, quotes where needed, escapes a username formula, never a password', async () => {
    const csv = await passwordsCsv(
      [
        { login: 'jdoe', password: 'a,b"c' },
        { login: '=HYPERLINK("x")', password: '+1' },
      ],
      ['Benutzername', 'Passwort'],
    );
    expect(csv).toBe('\ufeffBenutzername,Passwort\r\njdoe,"a,b""c"\r\n"\'=HYPERLINK(""x"")",+1\r\n');
  });
});
