import { describe, expect, it } from 'vitest';
import type { CustomerListQuery } from '@/api/customer-schema';
import { DemoStore } from './demo-store';

function ids(store: DemoStore, query: Partial<CustomerListQuery>) {
  const page = store.customers.list({ search: '', offset: 0, limit: 1000, sort: 'customerId', ...query });
  return page.items.map((customer) => customer.customerId);
}

describe('customer listing order', () => {
  it('sorts by a column, case- and accent-insensitively, descending with a "-"', () => {
    const store = new DemoStore();
    store.reset({ kind: 'demo' });
    expect(store.customers.create({ customerId: 'zz-upper', name: 'zz', city: 'TOKYO' }).ok).toBe(true);
    const byCity = ids(store, { sort: 'city' });
    // Tōkyō and TOKYO are the same city: the tie goes to the Customer ID.
    expect(byCity.slice(-2)).toEqual(['sakura-trading', 'zz-upper']);
    expect(byCity[0]).toBe('ganges-software');
    expect(ids(store, { sort: '-city' }).slice(0, 2)).toEqual(['sakura-trading', 'zz-upper']);
  });

  it('keeps ties stable, by Customer ID, in both directions', () => {
    const store = new DemoStore();
    store.reset({ kind: 'demo' });
    const ascending = ids(store, { sort: 'validity' });
    expect(ascending[0]).toBe('old-mill-bakery');
    const valid = ascending.slice(1);
    expect(valid).toEqual([...valid].sort());
    const descending = ids(store, { sort: '-validity' });
    expect(descending.at(-1)).toBe('old-mill-bakery');
    expect(descending.slice(0, -1)).toEqual(valid);
  });

  it('sorts by Customer ID unless asked otherwise', () => {
    const store = new DemoStore();
    store.reset({ kind: 'demo' });
    const byId = store.customers.list().items.map((customer) => customer.customerId);
    expect(byId).toEqual([...byId].sort());
  });
});
