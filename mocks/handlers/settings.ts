import { apiPaths } from '@/api/api-paths';
import type { FieldProblems } from '@/api/problem';
import { englishProblem } from '@/api/problem-english';
import { type Settings, settingsSchema } from '@/api/settings-schema';
import { readHandler, writeHandler } from './guarded-handler';
import type { Router } from './route';

/** The server settings the console adapts to; only administrators change them. */
export function settingsHandlers({ store, get, put }: Router) {
  /** Every default group must name an existing group, once. */
  const check = ({ alwaysGroups }: Settings): FieldProblems | undefined => {
    const names = new Set(store.groups.all().map((group) => group.name));
    const unknown = alwaysGroups.find((name) => !names.has(name));
    if (unknown !== undefined)
      return { alwaysGroups: englishProblem('settings.always_groups.unknown', { group: unknown }) };
    const twice = alwaysGroups.find((name, index) => alwaysGroups.indexOf(name) !== index);
    if (twice !== undefined) return { alwaysGroups: englishProblem('settings.always_groups.twice', { group: twice }) };
    return undefined;
  };
  return [
    get(apiPaths.settings, readHandler({ answer: () => store.settings })),
    put(
      apiPaths.settings,
      writeHandler({
        refuse: () => (store.agent.isAdministrator ? undefined : englishProblem('settings.administrators_only')),
        schema: settingsSchema,
        check,
        write: (settings) => {
          store.settings = settings;
        },
      }),
    ),
  ];
}
