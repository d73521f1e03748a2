// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
  locales: string[];
  'plugin.inlang.messageFormat': { pathPattern: string[] };
};
const patterns = settings['plugin.inlang.messageFormat'].pathPattern;

function keysOf(pattern: string, locale: string): string[] {
  const catalog = JSON.parse(readFileSync(pattern.replace('{locale}', locale), 'utf8')) as Record<string, unknown>;
  return Object.keys(catalog).filter((key) => key !== '$schema');
}

describe('the message catalogs', () => {
  it.each(patterns)('%s has the same messages in every language', (pattern) => {
    const [base, ...others] = settings.locales;
    const expected = keysOf(pattern, base ?? 'en').sort();
    for (const locale of others) expect(keysOf(pattern, locale).sort(), locale).toEqual(expected);
  });

  it('names each message in one catalog only', () => {
    const homes = new Map<string, string[]>();
    for (const pattern of patterns)
      for (const key of keysOf(pattern, 'en')) homes.set(key, [...(homes.get(key) ?? []), pattern]);
    expect([...homes].filter(([, where]) => where.length > 1)).toEqual([]);
  });
});
