import { apiPaths } from '@/api/api-paths';
import { readHandler } from './guarded-handler';
import type { Router } from './route';

export function groupHandlers({ store, get }: Router) {
  return [get(apiPaths.groups, readHandler({ answer: () => ({ items: store.groups.list() }) }))];
}
