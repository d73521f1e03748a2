import { describe, expect, it } from 'vitest';
import { maxImportRows } from '@/api/customer-user-import-schema';
import { importCustomerUsers } from './customer-user-import';
import { DemoStore } from './demo-store';

describe('importCustomerUsers at scale', () => {
  it('previews and writes 10 000 rows against 100 000 customer users without a scan per row', () => {
    const store = new DemoStore({ kind: 'generated', customerUsers: 100_000 });
    const users = store.customerUsers.all();
    expect(users.length).toBeGreaterThanOrEqual(100_000);
    const customerId = store.customers.all().find((customer) => customer.validity === 'valid')?.customerId ?? '';
    // Half the rows update an existing user (a new city), half add a new one.
    const rows = Array.from({ length: 10 * maxImportRows }, (_, index) => {
      const user = users[(index * 7919) % users.length];
      if (index % 2 === 0 && user) return { login: user.login.toUpperCase(), city: `City ${index}` };
      return {
        login: `import-${index}`,
        firstName: 'I',
        lastName: `Row ${index}`,
        email: `i${index}@import.example`,
        customerId,
      };
    });
    const batches = Array.from({ length: 10 }, (_, batch) =>
      rows.slice(batch * maxImportRows, (batch + 1) * maxImportRows),
    );

    const started = performance.now();
    const previews = batches.flatMap((batch) => importCustomerUsers(store.customerUsers, batch, true));
    const previewed = performance.now() - started;
    expect(previews.filter((result) => result.status === 'invalid')).toEqual([]);
    expect(previews.filter((result) => result.status === 'add')).toHaveLength(5000);
    // Some 300 ms here (the lookups built once included); a scan of every user per row would take minutes.
    expect(previewed).toBeLessThan(3000);

    const writeStarted = performance.now();
    const written = importCustomerUsers(store.customerUsers, batches[0] ?? [], false);
    const wrote = performance.now() - writeStarted;
    expect(written.map((result) => result.status)).toEqual(
      previews.slice(0, maxImportRows).map((result) => result.status),
    );
    expect(store.customerUsers.all().length).toBe(users.length + maxImportRows / 2);
    expect(wrote).toBeLessThan(3000);
  }, 60_000);
});
