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
  // The wildcard may not run across a separator, so a term always matches inside one field. It is lazy:
  // whether and where a match starts is the same, and a scan of many records need not run to each one's end.
  return new RegExp(
    parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\u0000\\u0001]*?'),
    flags,
  );
}

/**
 * One parsed term as a test of a text: a haystack, or a single field's normalized value (a term never
 * matches across fields, so a record matches a term exactly when one of its fields does).
 */
export function compileTerm(term: string): TermMatcher {
  if (!term.includes('*')) return (haystack) => haystack.includes(term);
  const pattern = termPattern(term);
  return pattern ? (haystack) => pattern.test(haystack) : () => true;
}

/** The terms of a query that narrow anything: only-star terms match every record. */
export function narrowingTerms(query: string): string[] {
  return parseSearchTerms(query).filter((term) => term.replaceAll('*', '') !== '');
}

/** Parsed terms as one predicate over haystacks: every term required. */
export function compileTerms(terms: readonly string[]): TermMatcher {
  const matchers = terms.map(compileTerm);
  if (matchers.length === 0) return () => true;
  if (matchers.length === 1) return matchers[0] as TermMatcher;
  return (haystack) => matchers.every((matches) => matches(haystack));
}

/** Compiles a query once into a predicate over haystacks built by buildSearchHaystack. */
export function compileSearch(query: string): (haystack: string) => boolean {
  return compileTerms(narrowingTerms(query));
}

/**
 * Many records' texts in one string: each record's text followed by the record separator, `starts[i]`
 * where record i begins (`starts[count]`: the length). The texts must not contain the record separator.
 */
export interface JoinedTexts {
  text: string;
  starts: Int32Array;
  count: number;
}

/** Joins texts (haystacks, or one field's values) for `forEachMatchingRecord`. */
export function joinTexts(texts: readonly string[]): JoinedTexts {
  const starts = new Int32Array(texts.length + 1);
  let offset = 0;
  texts.forEach((text, index) => {
    starts[index] = offset;
    offset += text.length + 1;
  });
  starts[texts.length] = offset;
  return { text: texts.join(recordSeparator) + recordSeparator, starts, count: texts.length };
}

/**
 * Calls `found` once for each record (in order) whose text matches one term, found by scanning the joined
 * string (`indexOf`, or the wildcard pattern) rather than testing each record: the way to find a term among
 * many records fast.
 */
export function forEachMatchingRecord(joined: JoinedTexts, term: string, found: (record: number) => void): void {
  const { text, starts, count } = joined;
  const pattern = term.includes('*') ? termPattern(term, 'g') : undefined;
  if (term.includes('*') && !pattern) {
    for (let record = 0; record < count; record += 1) found(record);
    return;
  }
  let record = 0;
  let from = 0;
  while (from < text.length) {
    let position: number;
    if (pattern) {
      pattern.lastIndex = from;
      position = pattern.exec(text)?.index ?? -1;
    } else {
      position = text.indexOf(term, from);
    }
    if (position < 0) break;
    // Matches come in order: the record holding this one is at or after the last.
    while ((starts[record + 1] as number) <= position) record += 1;
    found(record);
    from = starts[record + 1] as number;
  }
}

/** The most selective term to scan for: the longest literal one (a wildcard term only if there is no other). */
export function scanFirst(terms: readonly string[]): string[] {
  return [...terms].sort((a, b) => Number(a.includes('*')) - Number(b.includes('*')) || b.length - a.length);
}

/**
 * Searches many records at once, by the same rules: all haystacks stand in one string (their only copy),
 * so the most selective term is found by scanning that string instead of calling a matcher per record.
 * Answers the positions of the matching records in order, or "all" when the query narrows nothing.
 */
export function createSearchIndex(haystacks: readonly string[]): (query: string) => number[] | 'all' {
  const joined = joinTexts(haystacks);
  return (query) => {
    const terms = narrowingTerms(query);
    if (terms.length === 0) return 'all';
    const [driver = '', ...others] = scanFirst(terms);
    const rest = compileTerms(others);
    const found: number[] = [];
    forEachMatchingRecord(joined, driver, (record) => {
      const haystack = joined.text.slice(joined.starts[record], (joined.starts[record + 1] ?? 1) - 1);
      if (rest(haystack)) found.push(record);
    });
    return found;
  };
}

/** Does a record with these fields match the query. */
export function matchesSearch(query: string, fields: readonly string[]): boolean {
  return compileSearch(query)(buildSearchHaystack(fields));
}
