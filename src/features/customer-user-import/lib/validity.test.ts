import { describe, expect, it } from 'vitest';
import { importValidity } from './validity';

describe('a Validity cell', () => {
  it('takes the API values and their English and German labels, in any letter case', () => {
    expect(importValidity('valid')).toBe('valid');
    expect(importValidity('invalid-temporarily')).toBe('invalid-temporarily');
    expect(importValidity(' Invalid ')).toBe('invalid');
    expect(importValidity('gültig')).toBe('valid');
    expect(importValidity('ungültig')).toBe('invalid');
    expect(importValidity('Ungültig-temporär')).toBe('invalid-temporarily');
  });

  it('is valid when empty, and sent as it is otherwise, for the server to answer', () => {
    expect(importValidity('')).toBe('valid');
    expect(importValidity('   ')).toBe('valid');
    expect(importValidity('maybe')).toBe('maybe');
  });
});
