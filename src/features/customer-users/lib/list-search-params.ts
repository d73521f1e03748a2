import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import * as z from 'zod/mini';
import { validitySchema } from '@/api/common-schema';
import { customerUserSortSchema } from '@/api/customer-user-schema';
import { paths } from '@/config/paths';

/** The list's state lives in the URL, so a search can be bookmarked or shared and Back returns to it. */
const listSearchParamsSchema = z.object({
  search: z.catch(z.string().check(z.trim()), ''),
  page: z.catch(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  sort: z.catch(customerUserSortSchema, 'login'),
  validity: z.catch(z.optional(validitySchema), undefined),
  all: z.pipe(
    z.catch(z.optional(z.literal('1')), undefined),
    z.transform((value) => value === '1'),
  ),
});

export type ListSearchParams = z.output<typeof listSearchParamsSchema>;

const defaults: ListSearchParams = { search: '', page: 1, sort: 'login', validity: undefined, all: false };

export function parseListSearchParams(params: URLSearchParams): ListSearchParams {
  return listSearchParamsSchema.parse(Object.fromEntries(params));
}

export function listSearchString(params: Partial<ListSearchParams>): string {
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

export function useListSearchParams() {
  const [searchParams] = useSearchParams();
  const params = useMemo(() => parseListSearchParams(searchParams), [searchParams]);
  /** The URL of the list with some of its state changed; a new search or filter starts at page 1. */
  const hrefWith = useCallback(
    (changes: Partial<ListSearchParams>) => {
      const startsOver = 'search' in changes || 'validity' in changes || 'sort' in changes;
      return `${paths.customerUsers.list.href()}${listSearchString({ ...params, ...(startsOver ? { page: 1 } : {}), ...changes })}`;
    },
    [params],
  );
  return { params, hrefWith };
}
