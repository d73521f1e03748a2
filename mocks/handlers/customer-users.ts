import { ok, parseWith } from '@mocks/store/result';
import { apiPaths } from '@/api/api-paths';
import { customerUserListQuerySchema, validityBatchSchema } from '@/api/customer-user-schema';
import { englishProblem } from '@/api/problem-english';
import { recordHandlers } from './record-handlers';
import { readJsonBody, respond } from './respond';
import type { Router } from './route';

export function customerUserHandlers(router: Router) {
  const paths = { list: apiPaths.customerUsers, item: apiPaths.customerUser, key: 'customerUserId' } as const;
  const notDeletable = englishProblem('customer_user.not_deletable');
  return [
    // Before the record's own path, which would take `validity-batch` for a customer user's ID.
    router.post(apiPaths.customerUserValidityBatch, async ({ request, store }) => {
      const body = parseWith(validityBatchSchema, await readJsonBody(request));
      if (!body.ok) return respond(body);
      return respond(ok({ results: store.customerUsers.setValidities(body.value.changes) }));
    }),
    ...recordHandlers(router, paths, customerUserListQuerySchema, router.store.customerUsers, notDeletable),
  ];
}
