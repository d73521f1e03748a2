import type { Group } from '@/api/group-schema';
import { englishProblem } from '@/api/problem-english';
import { notFound, ok, type StoreResult } from './result';

/** Groups: seeded only, never written through the API. */
export class GroupStore {
  private groups = new Map<string, Group>();

  reset(groups: readonly Group[]): void {
    this.groups = new Map(groups.map((group) => [group.id, group]));
  }

  has(groupId: string): boolean {
    return this.groups.has(groupId);
  }

  get(groupId: string): StoreResult<Group> {
    const group = this.groups.get(groupId);
    return group ? ok(group) : notFound(englishProblem('group.not_found', { id: groupId }));
  }

  all(): Group[] {
    return [...this.groups.values()];
  }

  /** By name, as every screen lists them. */
  list(): Group[] {
    return this.all().sort((a, b) => a.name.localeCompare(b.name));
  }
}
