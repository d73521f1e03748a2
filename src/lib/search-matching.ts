/**
 * The search rules of the sidebar search: "contains", case- and accent-insensitive; `*` is a wildcard
 * inside a term; words are all required, each in any field; a double-quoted phrase is one term.
 */

const fieldSeparator = '\u0000';
const recordSeparator = '\u0001';
// biome-ignore lint/suspicious/noControlCharactersInRegex: the separators are control characters on purpose
const separators = /[\u0000\u0001]/g;
const diacritics = /\p{M}/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII
const nonAscii = /[^\u0000-\u007f]/;

/** Lowercases and strips diacritics; used for both queries and field values. */
export function normalizeForSearch(text: string): string {
  const lower = text.toLowerCase();
  // Unicode normalization is the costly part, and most text is plain ASCII.
  return nonAscii.test(lower) ? lower.normalize('NFD').replace(diacritics, '') : lower;
}

/** Splits a query into normalized terms: words, or whole "quoted phrases"; an open quote runs to the end. */
export function parseSearchTerms(query: string): string[] {
  const terms: string[] = [];
  const pattern = /"([^"]*)"?|([^\s"]+)/g;
  for (const match of normalizeForSearch(query.replace(separators, '')).matchAll(pattern)) {
    const term = (match[1] ?? match[2] ?? '').trim();
    if (term !== '') terms.push(term);
  }
  return terms;
}

/** The text one record is searched in; build it once per record and cache it. */
export function buildSearchHaystack(fields: readonly string[]): string {
  return normalizeForSearch(fields.map((field) => field.replace(separators, '')).join(fieldSeparator));
}

type TermMatcher = (haystack: string) => boolean;

/** A term as a pattern; undefined when it is only stars (it matches everything). */
function termPattern(term: string, flags = ''): RegExp | undefined {
  const parts = term.split('*').filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  // The wildcard may not run across a separator, so a term always matches inside one field.
  return new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\u0000\\u0001]*'), flags);
}

function compileTerm(term: string): TermMatcher | undefined {
  if (!term.includes('*')) return (haystack) => haystack.includes(term);
  const pattern = termPattern(term);
  return pattern && ((haystack) => pattern.test(haystack));
}

/** The terms that narrow anything: only-star terms match every record. */
function narrowingTerms(query: string): string[] {
  return parseSearchTerms(query).filter((term) => term.replaceAll('*', '') !== '');
}

/** Compiles a query once into a predicate over haystacks built by buildSearchHaystack. */
export function compileSearch(query: string): (haystack: string) => boolean {
  const matchers = narrowingTerms(query).flatMap((term) => compileTerm(term) ?? []);
  if (matchers.length === 0) return () => true;
  if (matchers.length === 1) return matchers[0] as TermMatcher;
  return (haystack) => matchers.every((matches) => matches(haystack));
}

/**
 * Searches many records at once, by the same rules: all haystacks stand in one string, so the most
 * selective term is found by scanning that string instead of calling a matcher per record.
 * Answers the positions of the matching records in order, or "all" when the query narrows nothing.
 */
export function createSearchIndex(haystacks: readonly string[]): (query: string) => number[] | 'all' {
  const starts = new Int32Array(haystacks.length + 1);
  let offset = 0;
  haystacks.forEach((haystack, index) => {
    starts[index] = offset;
    offset += haystack.length + 1;
  });
  starts[haystacks.length] = offset;
  const text = haystacks.join(recordSeparator) + recordSeparator;

  function recordAt(position: number): number {
    let low = 0;
    let high = haystacks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] ?? 0) <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  return (query) => {
    const terms = narrowingTerms(query);
    if (terms.length === 0) return 'all';
    // Scan for the longest literal term (wildcard terms only if there is no other), test the rest per record.
    const [driver = '', ...others] = [...terms].sort(
      (a, b) => Number(a.includes('*')) - Number(b.includes('*')) || b.length - a.length,
    );
    const rest = compileSearch(others.map((term) => `"${term}"`).join(' '));
    const pattern = driver.includes('*') ? termPattern(driver, 'g') : undefined;
    const found: number[] = [];
    let from = 0;
    while (from < text.length) {
      let position: number;
      if (pattern) {
        pattern.lastIndex = from;
        position = pattern.exec(text)?.index ?? -1;
      } else {
        position = text.indexOf(driver, from);
      }
      if (position < 0) break;
      const record = recordAt(position);
      if (rest(haystacks[record] ?? '')) found.push(record);
      from = starts[record + 1] ?? text.length;
    }
    return found;
  };
}

/** Does a record with these fields match the query. */
export function matchesSearch(query: string, fields: readonly string[]): boolean {
  return compileSearch(query)(buildSearchHaystack(fields));
}
