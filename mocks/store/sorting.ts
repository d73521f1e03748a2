import type { Customer, CustomerSort, CustomerSortKey } from '@/api/customer-schema';
import type { CustomerUser, CustomerUserSort, CustomerUserSortKey } from '@/api/customer-user-schema';
import { normalizeForSearch } from '@/lib/search-matching';

/** The value a customer user sort compares per column: normalized for search, so any case and accents sort alike. */
export const customerUserSortValue: Record<CustomerUserSortKey, (user: CustomerUser) => string> = {
  login: (user) => normalizeForSearch(user.login),
  name: (user) => normalizeForSearch(`${user.firstName} ${user.lastName}`),
  email: (user) => normalizeForSearch(user.email),
  customerId: (user) => normalizeForSearch(user.customerId),
  validity: (user) => user.validity,
};

const customerSortValue: Record<CustomerSortKey, (customer: Customer) => string> = {
  customerId: (customer) => normalizeForSearch(customer.customerId),
  name: (customer) => normalizeForSearch(customer.name),
  city: (customer) => normalizeForSearch(customer.city),
  validity: (customer) => customer.validity,
};

/** Sorts case- and accent-insensitively; ties fall back to the username, then the id, so the order is stable. */
export function sortCustomerUsers(users: Iterable<CustomerUser>, sort: CustomerUserSort): CustomerUser[] {
  return sortBy(users, sort, customerUserSortValue, 'login', (user) => user.id);
}

/** Sorts case- and accent-insensitively; ties fall back to the Customer ID, so the order is stable. */
export function sortCustomers(customers: Iterable<Customer>, sort: CustomerSort): Customer[] {
  return sortBy(customers, sort, customerSortValue, 'customerId', (customer) => customer.customerId);
}

/** Sorts by a column (`-` in front: descending), then ascending by the tie column, then by the unique key. */
function sortBy<Item, Key extends string>(
  items: Iterable<Item>,
  sort: Key | `-${Key}`,
  values: Record<Key, (item: Item) => string>,
  tieKey: Key,
  uniqueKey: (item: Item) => string,
): Item[] {
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as Key;
  const keyed = Array.from(items, (item) => ({
    item,
    primary: values[key](item),
    tie: key === tieKey ? '' : values[tieKey](item),
  }));
  keyed.sort(
    (a, b) =>
      compare(a.primary, b.primary) * (descending ? -1 : 1) ||
      compare(a.tie, b.tie) ||
      compare(uniqueKey(a.item), uniqueKey(b.item)),
  );
  return keyed.map((entry) => entry.item);
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
