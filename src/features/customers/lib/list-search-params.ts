import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import * as z from 'zod/mini';
import { paths } from '@/config/paths';

const customerListParamsSchema = z.object({
  search: z.catch(z.string().check(z.trim()), ''),
  page: z.catch(z.coerce.number().check(z.int(), z.minimum(1)), 1),
});

type CustomerListParams = z.output<typeof customerListParamsSchema>;

export function customerListHref({ search = '', page = 1 }: Partial<CustomerListParams>): string {
  const params = new URLSearchParams();
  if (search !== '') params.set('search', search);
  if (page !== 1) params.set('page', String(page));
  const query = params.toString();
  return `${paths.customers.list.href()}${query === '' ? '' : `?${query}`}`;
}

/** The customer list's search and page, from the URL. */
export function useCustomerListParams(): CustomerListParams {
  const [searchParams] = useSearchParams();
  return useMemo(() => customerListParamsSchema.parse(Object.fromEntries(searchParams)), [searchParams]);
}
