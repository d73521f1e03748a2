import { apiPaths } from '@/api/api-paths';
import { customerUserListQuerySchema } from '@/api/customer-user-schema';
import { englishProblem } from '@/api/problem-english';
import { recordHandlers } from './record-handlers';
import type { Router } from './route';

export function customerUserHandlers(router: Router) {
  const paths = { list: apiPaths.customerUsers, item: apiPaths.customerUser, key: 'customerUserId' } as const;
  const notDeletable = englishProblem('customer_user.not_deletable');
  return recordHandlers(router, paths, customerUserListQuerySchema, router.store.customerUsers, notDeletable);
}
