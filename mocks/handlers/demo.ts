import { HttpResponse } from 'msw';
import { apiPaths } from '@/api/api-paths';
import type { Router } from './route';

/** Mock-only: puts the seed back (the "Reset demo data" button), at once. */
export function demoHandlers({ store, instant }: Router) {
  return [
    instant.post(apiPaths.demoReset, () => {
      store.reset({ kind: 'demo' });
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
