import type { CustomerUser, CustomerUserSort, CustomerUserSortKey } from '@/api/customer-user-schema';
import { normalizeForSearch } from '@/lib/search-matching';

const sortValue: Record<CustomerUserSortKey, (user: CustomerUser) => string> = {
  login: (user) => normalizeForSearch(user.login),
  name: (user) => normalizeForSearch(`${user.firstName} ${user.lastName}`),
  email: (user) => normalizeForSearch(user.email),
  customerId: (user) => normalizeForSearch(user.customerId),
  validity: (user) => user.validity,
};

/** Sorts case- and accent-insensitively; ties fall back to the username, then the id, so the order is stable. */
export function sortCustomerUsers(users: Iterable<CustomerUser>, sort: CustomerUserSort): CustomerUser[] {
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as CustomerUserSortKey;
  const keyed = Array.from(users, (user) => ({
    user,
    primary: sortValue[key](user),
    login: key === 'login' ? '' : sortValue.login(user),
  }));
  keyed.sort(
    (a, b) =>
      compare(a.primary, b.primary) * (descending ? -1 : 1) ||
      compare(a.login, b.login) ||
      compare(a.user.id, b.user.id),
  );
  return keyed.map((entry) => entry.user);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
