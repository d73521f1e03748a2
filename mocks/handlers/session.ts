import { apiPaths } from '@/api/api-paths';
import { demoSessionSchema } from '@/api/demo-schema';
import { readHandler, writeHandler } from './guarded-handler';
import type { Router } from './route';

/** Who uses the console, and the demo's switch to act as an administrator or not. */
export function sessionHandlers({ store, get, instant }: Router) {
  return [
    get(apiPaths.session, readHandler({ answer: () => store.agent })),
    instant.post(
      apiPaths.demoSession,
      writeHandler({
        schema: demoSessionSchema,
        write: ({ isAdministrator }) => {
          store.agent = { ...store.agent, isAdministrator };
        },
        answer: () => store.agent,
      }),
    ),
  ];
}
