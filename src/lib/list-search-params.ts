import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import * as z from 'zod/mini';
import { type Validity, validitySchema } from '@/api/common-schema';

/** A list's state in the URL: a search can be bookmarked or shared, and Back returns to it. */
export interface ListSearchParams<Sort extends string> {
  search: string;
  page: number;
  sort: Sort;
  validity: Validity | undefined;
  /** Past the list limit: every match, not only the first ones (the customer user list). */
  all: boolean;
}

/** The URL state of the list at `listHref`, sorted by `sortSchema`'s keys, `defaultSort` unless asked otherwise. */
export function listSearchParams<Sort extends string>(
  listHref: string,
  sortSchema: z.ZodMiniType<Sort>,
  defaultSort: Sort,
) {
  const schema = z.object({
    search: z.catch(z.string().check(z.trim()), ''),
    page: z.catch(z.coerce.number().check(z.int(), z.minimum(1)), 1),
    sort: z.catch(sortSchema, defaultSort),
    validity: z.catch(z.optional(validitySchema), undefined),
    all: z.pipe(
      z.catch(z.optional(z.literal('1')), undefined),
      z.transform((value) => value === '1'),
    ),
  });
  const defaults: ListSearchParams<Sort> = { search: '', page: 1, sort: defaultSort, validity: undefined, all: false };

  function parse(params: URLSearchParams): ListSearchParams<Sort> {
    return schema.parse(Object.fromEntries(params)) as ListSearchParams<Sort>;
  }

  function searchString(params: Partial<ListSearchParams<Sort>>): string {
    const merged = { ...defaults, ...params };
    const search = new URLSearchParams();
    if (merged.search !== '') search.set('search', merged.search);
    if (merged.validity) search.set('validity', merged.validity);
    if (merged.sort !== defaults.sort) search.set('sort', merged.sort);
    if (merged.all) search.set('all', '1');
    if (merged.page !== 1) search.set('page', String(merged.page));
    const text = search.toString();
    return text === '' ? '' : `?${text}`;
  }

  return { listHref, parse, searchString };
}

export type ListUrl<Sort extends string> = ReturnType<typeof listSearchParams<Sort>>;

/** A list's state from the URL, and `hrefWith`: the list's URL with some of it changed. */
export function useListSearchParams<Sort extends string>(list: ListUrl<Sort>) {
  const [searchParams] = useSearchParams();
  const params = useMemo(() => list.parse(searchParams), [list, searchParams]);
  /** A new search, filter or order starts at page 1. */
  const hrefWith = useCallback(
    (changes: Partial<ListSearchParams<Sort>>) => {
      const startsOver = 'search' in changes || 'validity' in changes || 'sort' in changes;
      return `${list.listHref}${list.searchString({ ...params, ...(startsOver ? { page: 1 } : {}), ...changes })}`;
    },
    [list, params],
  );
  return { params, hrefWith };
}

/** How many pages `total` rows fill, at least one. */
export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
