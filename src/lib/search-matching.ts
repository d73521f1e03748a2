/**
 * The search rules of the sidebar search: "contains", case- and accent-insensitive; `*` is a wildcard
 * inside a term; words are all required, each in any field; a double-quoted phrase is one term.
 */

const fieldSeparator = '\u0000';
const diacritics = /\p{M}/gu;

/** Lowercases and strips diacritics; used for both queries and field values. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(diacritics, '').toLowerCase();
}

/** Splits a query into normalized terms: words, or whole "quoted phrases"; an open quote runs to the end. */
export function parseSearchTerms(query: string): string[] {
  const terms: string[] = [];
  const pattern = /"([^"]*)"?|([^\s"]+)/g;
  for (const match of normalizeForSearch(query.replaceAll(fieldSeparator, '')).matchAll(pattern)) {
    const term = (match[1] ?? match[2] ?? '').trim();
    if (term !== '') terms.push(term);
  }
  return terms;
}

/** The text one record is searched in; build it once per record and cache it. */
export function buildSearchHaystack(fields: readonly string[]): string {
  return fields.map((field) => normalizeForSearch(field.replaceAll(fieldSeparator, ''))).join(fieldSeparator);
}

type TermMatcher = (haystack: string) => boolean;

function compileTerm(term: string): TermMatcher | undefined {
  if (!term.includes('*')) return (haystack) => haystack.includes(term);
  const parts = term.split('*').filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  // The wildcard may not run across the separator, so a term always matches inside one field.
  const pattern = new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\u0000]*'));
  return (haystack) => pattern.test(haystack);
}

/** Compiles a query once into a predicate over haystacks built by buildSearchHaystack. */
export function compileSearch(query: string): (haystack: string) => boolean {
  const matchers = parseSearchTerms(query).flatMap((term) => compileTerm(term) ?? []);
  if (matchers.length === 0) return () => true;
  if (matchers.length === 1) return matchers[0] as TermMatcher;
  return (haystack) => matchers.every((matches) => matches(haystack));
}

/** Does a record with these fields match the query. */
export function matchesSearch(query: string, fields: readonly string[]): boolean {
  return compileSearch(query)(buildSearchHaystack(fields));
}
