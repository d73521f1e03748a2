import type {
  CustomerUser,
  CustomerUserListQuery,
  CustomerUserPage,
  CustomerUserSort,
} from '@/api/customer-user-schema';
import { buildSearchHaystack, createSearchIndex } from '@/lib/search-matching';
import { sortCustomerUsers } from './sorting';

type SearchIndex = ReturnType<typeof createSearchIndex>;

/**
 * The customer users in each sort order asked for, with a search index over each order; built on the
 * first list in that order and dropped on every write. Haystacks are kept per record until it is replaced.
 */
export class CustomerUserIndex {
  private sorted = new Map<CustomerUserSort, { users: CustomerUser[]; search: SearchIndex }>();
  private haystacks = new WeakMap<CustomerUser, string>();

  constructor(private readonly users: () => Iterable<CustomerUser>) {}

  clear(): void {
    this.sorted.clear();
  }

  list(query: CustomerUserListQuery): CustomerUserPage {
    const { users, search } = this.sortedBy(query.sort);
    const found = search(query.search);
    const items: CustomerUser[] = [];
    let total = 0;
    const count = found === 'all' ? users.length : found.length;
    for (let index = 0; index < count; index += 1) {
      const user = users[found === 'all' ? index : (found[index] ?? 0)] as CustomerUser;
      if (query.validity !== undefined && user.validity !== query.validity) continue;
      if (total >= query.offset && items.length < query.limit) items.push(user);
      total += 1;
    }
    return { items, total, offset: query.offset, limit: query.limit };
  }

  private sortedBy(sort: CustomerUserSort) {
    let sorted = this.sorted.get(sort);
    if (!sorted) {
      const users = sortCustomerUsers(this.users(), sort);
      sorted = { users, search: createSearchIndex(users.map((user) => this.haystackOf(user))) };
      this.sorted.set(sort, sorted);
    }
    return sorted;
  }

  private haystackOf(user: CustomerUser): string {
    let haystack = this.haystacks.get(user);
    if (haystack === undefined) {
      haystack = buildSearchHaystack([
        user.login,
        user.firstName,
        user.lastName,
        `${user.firstName} ${user.lastName}`,
        user.customerId,
        user.email,
      ]);
      this.haystacks.set(user, haystack);
    }
    return haystack;
  }
}
