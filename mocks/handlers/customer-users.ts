import { importCustomerUsers } from '@mocks/store/customer-user-import';
import { ok, parseWith } from '@mocks/store/result';
import { apiPaths } from '@/api/api-paths';
import { importRequestSchema } from '@/api/customer-user-import-schema';
import { customerUserListQuerySchema } from '@/api/customer-user-schema';
import { englishProblem } from '@/api/problem-english';
import { validityBatchSchema } from '@/api/validity-batch-schema';
import { recordHandlers } from './record-handlers';
import { readJsonBody, respond } from './respond';
import type { Router } from './route';

export function customerUserHandlers(router: Router) {
  const paths = { list: apiPaths.customerUsers, item: apiPaths.customerUser, key: 'customerUserId' } as const;
  const notDeletable = englishProblem('customer_user.not_deletable');
  return [
    // Before the record's own path, which would take `validity-batch` and `import` for a customer user's ID.
    router.post(apiPaths.customerUserValidityBatch, async ({ request, store }) => {
      const body = parseWith(validityBatchSchema, await readJsonBody(request));
      if (!body.ok) return respond(body);
      return respond(ok({ results: store.customerUsers.setValidities(body.value.changes) }));
    }),
    router.post(apiPaths.customerUserImport, async ({ request, store }) => {
      const body = parseWith(importRequestSchema, await readJsonBody(request));
      if (!body.ok) return respond(body);
      const { dryRun, rows } = body.value;
      return respond(ok({ results: importCustomerUsers(store.customerUsers, rows, dryRun) }));
    }),
    ...recordHandlers(router, paths, customerUserListQuerySchema, router.store.customerUsers, notDeletable),
  ];
}
