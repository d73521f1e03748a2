import { describe, expect, it } from 'vitest';
import { getDomain } from './registrable-domain';

describe('the registrable domain the mock library’s cookie jar asks for', () => {
  it('is the last two labels of a name, the name itself for one label, and none for an IP address', () => {
    expect(getDomain('admin.service-desk.example')).toBe('service-desk.example');
    expect(getDomain('localhost')).toBe('localhost');
    expect(getDomain('127.0.0.1')).toBeNull();
    expect(getDomain('::1')).toBeNull();
    expect(getDomain('')).toBeNull();
  });
});
