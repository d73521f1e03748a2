import { ok, parseWith } from '@mocks/store/result';
import { apiPaths } from '@/api/api-paths';
import { historyQuerySchema } from '@/api/history-schema';
import { respond, searchParamsOf } from './respond';
import type { Router } from './route';

/** A customer user's history: every write to them, newest first, a page at a time. */
export function customerUserHistoryHandlers(router: Router) {
  return [
    router.get(apiPaths.customerUserHistory, ({ params, request, store }) => {
      const user = store.customerUsers.get(params.customerUserId);
      if (!user.ok) return respond(user);
      const query = parseWith(historyQuerySchema, searchParamsOf(request));
      return respond(query.ok ? ok(store.history.page(user.value.id, query.value)) : query);
    }),
  ];
}
