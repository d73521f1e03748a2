import { apiPaths } from '@/api/api-paths';
import { settingsSchema } from '@/api/settings-schema';
import { readHandler, writeHandler } from './guarded-handler';
import type { Router } from './route';

/** The server settings the console adapts to; only administrators change them. */
export function settingsHandlers({ store, get, put }: Router) {
  return [
    get(apiPaths.settings, readHandler({ answer: () => store.settings })),
    put(
      apiPaths.settings,
      writeHandler({
        refuse: () => (store.agent.isAdministrator ? undefined : 'Only administrators can change the settings.'),
        schema: settingsSchema,
        write: (settings) => {
          store.settings = settings;
        },
      }),
    ),
  ];
}
