import { apiPaths } from '@/api/api-paths';
import { customerListQuerySchema } from '@/api/customer-schema';
import { englishProblem } from '@/api/problem-english';
import { recordHandlers } from './record-handlers';
import type { Router } from './route';

export function customerHandlers(router: Router) {
  const paths = { list: apiPaths.customers, item: apiPaths.customer, key: 'customerId' } as const;
  const notDeletable = englishProblem('customer.not_deletable');
  return recordHandlers(router, paths, customerListQuerySchema, router.store.customers, notDeletable);
}
