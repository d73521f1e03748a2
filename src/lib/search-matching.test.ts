import { describe, expect, it } from 'vitest';
import {
  buildSearchHaystack,
  compileSearch,
  compileTerm,
  createSearchIndex,
  forEachMatchingRecord,
  joinTexts,
  matchesSearch,
  narrowingTerms,
  normalizeForSearch,
  parseSearchTerms,
} from './search-matching';

const people = {
  jdoe: ['jdoe', 'John', 'Doe', 'John Doe', 'nordwind', 'john.doe@nordwind.example'],
  omar: ['ohaddad', 'Omar', 'Haddad', 'Omar Haddad', 'ganges', 'omar@ganges.example'],
  mary: ['msmith', 'Mary', 'Smith', 'Mary Smith', 'atlas', 'mary.smith@atlas.example'],
  martin: ['mnovak', 'Martin', 'Novák', 'Martin Novák', 'baltic', 'martin@baltic.example'],
  mueller: ['mmueller', 'Maximilian', 'Müller', 'Maximilian Müller', 'nordwind', 'max@nordwind.example'],
  regex: ['a.b+c', 'Dot', 'Plus', 'Dot Plus', 'odd(co)', 'a.b+c@odd.example'],
} as const;

function found(query: string): string[] {
  return Object.entries(people)
    .filter(([, fields]) => matchesSearch(query, fields))
    .map(([name]) => name);
}

describe('search matching', () => {
  it('matches "contains": mar finds Mary and Omar', () => {
    expect(found('mar')).toEqual(['omar', 'mary', 'martin']);
  });

  it('is case-insensitive', () => {
    expect(found('HADDAD')).toEqual(['omar']);
    expect(found('jDoE')).toEqual(['jdoe']);
  });

  it('ignores diacritics on both sides', () => {
    expect(found('muller')).toEqual(['mueller']);
    expect(found('MÜLLER')).toEqual(['mueller']);
    expect(found('novak')).toEqual(['martin']);
  });

  it('searches username, names, customer ID and email', () => {
    expect(found('msmith')).toEqual(['mary']);
    expect(found('ganges')).toEqual(['omar']);
    expect(found('john.doe@')).toEqual(['jdoe']);
  });

  it('treats * as a wildcard inside a term', () => {
    expect(found('ma*in')).toEqual(['martin', 'mueller']); // Martin, Maximilian
    expect(found('mar*in')).toEqual(['martin']);
    expect(found('o*dad')).toEqual(['omar']);
    expect(found('*smith*')).toEqual(['mary']);
  });

  it('never lets a wildcard run across two fields', () => {
    // "jdoe" ends one field and "John" starts the next: "doe*john" must not bridge them.
    expect(found('doe*john')).toEqual([]);
    expect(found('jdoe*nordwind')).toEqual([]);
    // Nor a literal phrase: "John Doe" is followed by the customer ID "nordwind".
    expect(found('"doe nordwind"')).toEqual([]);
  });

  it('matches everything for an empty query, only spaces or only stars', () => {
    const everyone = Object.keys(people);
    expect(found('')).toEqual(everyone);
    expect(found('   ')).toEqual(everyone);
    expect(found('*')).toEqual(everyone);
    expect(found('**')).toEqual(everyone);
  });

  it('ignores leading and trailing spaces', () => {
    expect(found('   haddad   ')).toEqual(['omar']);
  });

  it('requires every word, each in any field', () => {
    expect(found('john doe')).toEqual(['jdoe']);
    expect(found('doe john')).toEqual(['jdoe']);
    expect(found('nordwind max')).toEqual(['mueller']);
  });

  it('drops a record when one word matches nothing', () => {
    expect(found('john zebra')).toEqual([]);
  });

  it('takes a quoted phrase as one term, spaces included', () => {
    expect(found('"john doe"')).toEqual(['jdoe']);
    expect(found('"doe john"')).toEqual([]);
    expect(found('"mary smith" atlas')).toEqual(['mary']);
  });

  it('takes an unmatched quote to the end of the query as one phrase', () => {
    expect(found('"omar had')).toEqual(['omar']);
    expect(found('"had omar')).toEqual([]);
  });

  it('ignores empty quotes', () => {
    expect(found('"" haddad')).toEqual(['omar']);
  });

  it('treats regex characters as literal text', () => {
    expect(found('a.b+c')).toEqual(['regex']);
    expect(found('(co)')).toEqual(['regex']);
    expect(found('a.b*c')).toEqual(['regex']);
    expect(found('.')).toEqual(['jdoe', 'omar', 'mary', 'martin', 'mueller', 'regex']);
    expect(found('a?b')).toEqual([]);
    // In wildcard terms too, where the term becomes a RegExp: read as regex, each of these would match or throw.
    expect(found('j.hn*doe')).toEqual([]);
    expect(found('^jdoe*')).toEqual([]);
    expect(found('doe*$')).toEqual([]);
    expect(found('x|j*doe')).toEqual([]);
    expect(found('\\*')).toEqual([]);
    expect(found('odd(*o')).toEqual(['regex']);
  });
});

describe('parseSearchTerms', () => {
  it('splits words, keeps phrases and stars, normalizes', () => {
    expect(parseSearchTerms('  John   "Mary Smith" ma*in "Müller ')).toEqual(['john', 'mary smith', 'ma*in', 'muller']);
  });

  it('gives no terms for blank queries and empty quotes', () => {
    expect(parseSearchTerms('  "" ')).toEqual([]);
  });
});

describe('building blocks', () => {
  it('normalizeForSearch lowercases and strips diacritics', () => {
    expect(normalizeForSearch('Søren Ærø Nguyễn ÇELİK')).toBe('søren ærø nguyen celik');
  });

  it('compileSearch compiles once and tests many haystacks', () => {
    const matches = compileSearch('doe');
    expect(matches(buildSearchHaystack(people.jdoe))).toBe(true);
    expect(matches(buildSearchHaystack(people.mary))).toBe(false);
  });
});

describe('createSearchIndex', () => {
  const records = Object.values(people);
  const search = createSearchIndex(records.map(buildSearchHaystack));

  it.each([
    'mar',
    'john doe',
    '"john doe"',
    'ma*in',
    'o*dad nordwind',
    'doe*john',
    'nordwind m*x',
    'a.b+c',
    '.',
    'zebra',
    'example',
    '"omar had',
    'd o e',
  ])('finds the same records as the per-record rule for %j', (query) => {
    const expected = records.flatMap((fields, index) => (matchesSearch(query, fields) ? [index] : []));
    expect(search(query)).toEqual(expected);
  });

  it('answers "all" when the query narrows nothing', () => {
    expect(search('')).toBe('all');
    expect(search(' * ** ')).toBe('all');
  });

  it('never matches across two records', () => {
    // The end of one record and the start of the next must not form a match.
    const index = createSearchIndex([buildSearchHaystack(['abc']), buildSearchHaystack(['def'])]);
    expect(index('cd')).toEqual([]);
    expect(index('c*d')).toEqual([]);
    expect(index('b*c')).toEqual([0]);
  });
});

describe('forEachMatchingRecord', () => {
  const texts = ['anna@nordwind.example', 'ma.rin@atlas.example', '', 'martin@a.example', 'x'];
  const joined = joinTexts(texts);
  const found = (term: string) => {
    const records: number[] = [];
    forEachMatchingRecord(joined, term, (record) => records.push(record));
    return records;
  };

  it.each(['a', 'ma', 'ma*in', 'a*a', '@a', 'n@', 'x', 'e*e', 'zz', 'e*@*x'])(
    'finds the records compileTerm matches for %j',
    (term) => {
      const expected = texts.flatMap((text, index) => (compileTerm(term)(text) ? [index] : []));
      expect(found(term)).toEqual(expected);
    },
  );

  it('never matches across two records, and finds a record once however often it matches', () => {
    expect(found('exampl*ema')).toEqual([]);
    expect(found('xm')).toEqual([]);
    expect(found('e')).toEqual([0, 1, 3]);
  });

  it('narrows only by terms that are more than stars', () => {
    expect(narrowingTerms(' * "a b" ** c* ')).toEqual(['a b', 'c*']);
  });
});
