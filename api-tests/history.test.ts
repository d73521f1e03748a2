import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { api } from './client';
import {
  type Customer,
  type CustomerUser,
  cell,
  createCustomer,
  editable,
  grantableGroups,
  newCustomerUser,
  paths,
  read,
  type Session,
  withSettings,
} from './support';

// Every write to a customer user is in its history, newest first: when, by whom (the session's login),
// which fields from what to what; a password only as changed.

interface HistoryEntry {
  id: string;
  at: string;
  by: string;
  action: 'created' | 'updated' | 'permissions';
  changes: ({ field: string; group?: string; from: string; to: string } | { field: 'password'; changed: true })[];
}
interface HistoryPage {
  items: HistoryEntry[];
  total: number;
  offset: number;
  limit: number;
}

let customer: Customer;
let session: Session;
beforeAll(async () => {
  customer = await createCustomer();
  session = await read<Session>(paths.session);
});

const historyOf = (id: string, query?: Record<string, number>) =>
  api.get(paths.history(id), { query }).then((answer) => {
    expect(answer.status, answer.text).toBe(200);
    return answer.body as HistoryPage;
  });

async function created(fields: Record<string, unknown> = {}): Promise<CustomerUser> {
  const answer = await api.post(paths.customerUsers, newCustomerUser(customer.customerId, fields));
  expect(answer.status, answer.text).toBe(201);
  return answer.body.customerUser;
}

async function update(user: CustomerUser, change: Record<string, unknown>): Promise<CustomerUser> {
  const current = await read<CustomerUser>(paths.customerUser(user.id));
  const answer = await api.put(paths.customerUser(user.id), { ...editable(current), ...change });
  expect(answer.status, answer.text).toBe(200);
  return answer.body;
}

describe('GET /customer-users/:id/history', () => {
  it('records the create with the fields set, by the session’s login, and no password', async () => {
    const password = `Pw-${randomUUID()}`;
    const user = await created({ password, city: 'Kiel' });
    const page = await historyOf(user.id);
    expect(page).toMatchObject({ total: 1, offset: 0, limit: 25 });
    const [entry] = page.items;
    expect(entry).toMatchObject({ action: 'created', by: session.login });
    expect(entry?.changes).toContainEqual({ field: 'login', from: '', to: user.login });
    expect(entry?.changes).toContainEqual({ field: 'city', from: '', to: 'Kiel' });
    expect(entry?.changes.some((change) => change.field === 'phone')).toBe(false);
    expect(JSON.stringify(page)).not.toContain(password);
    expect(Date.parse(entry?.at ?? '')).toBeGreaterThan(Date.now() - 10 * 60_000);
  });

  it('records an update with only the fields that changed, and a password as changed only', async () => {
    const user = await created({ city: 'Kiel' });
    await update(user, { city: 'Bremen', comment: 'moved' });
    const password = `Pw-${randomUUID()}`;
    await update(user, { password });
    const page = await historyOf(user.id);
    expect(page.items.map((entry) => entry.action)).toEqual(['updated', 'updated', 'created']);
    expect(page.items[1]?.changes).toEqual([
      { field: 'city', from: 'Kiel', to: 'Bremen' },
      { field: 'comment', from: '', to: 'moved' },
    ]);
    expect(page.items[0]?.changes).toEqual([{ field: 'password', changed: true }]);
    expect(JSON.stringify(page)).not.toContain(password);
  });

  it('does not record a save that changed nothing', async () => {
    const user = await created();
    await update(user, {});
    expect((await historyOf(user.id)).total).toBe(1);
  });

  it('serves the entries newest first, a page at a time', async () => {
    const user = await created();
    for (const city of ['A', 'B', 'C', 'D']) await update(user, { city });
    const first = await historyOf(user.id, { offset: 0, limit: 2 });
    expect(first).toMatchObject({ total: 5, offset: 0, limit: 2 });
    expect(first.items.map((entry) => entry.changes[0])).toMatchObject([{ to: 'D' }, { to: 'C' }]);
    const last = await historyOf(user.id, { offset: 4, limit: 2 });
    expect(last).toMatchObject({ total: 5, offset: 4, limit: 2 });
    expect(last.items.map((entry) => entry.action)).toEqual(['created']);
    const all = await historyOf(user.id, { limit: 1000 });
    const times = all.items.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(all.items.map((entry) => entry.id)).size).toBe(5);
  });

  it('records a validity batch and an import like any update', async () => {
    const user = await created();
    const batch = await api.post(paths.validityBatch, {
      changes: [{ id: user.id, version: user.version, validity: 'invalid' }],
    });
    expect(batch.status).toBe(200);
    const imported = await api.post(paths.import, { dryRun: false, rows: [{ login: user.login, city: 'Ulm' }] });
    expect(imported.body.results[0]).toMatchObject({ status: 'update' });
    const page = await historyOf(user.id);
    expect(page.items.map((entry) => entry.changes)).toEqual([
      [{ field: 'city', from: '', to: 'Ulm' }],
      [{ field: 'validity', from: 'valid', to: 'invalid' }],
      expect.any(Array),
    ]);
  });

  it('records a change of groups and of extra customers as a permissions entry', async (context) => {
    await withSettings(context, { customerGroupSupport: true });
    const [group] = await grantableGroups(context, 1);
    if (!group) return;
    const user = await created();
    const extra = await createCustomer();
    const groups = await api.put(paths.customerUserGroups(user.id), {
      changes: [cell(group.id, 'ro', true), cell(group.id, 'rw', true)],
    });
    expect(groups.status).toBe(200);
    const customers = await api.put(paths.customerUserCustomers(user.id), {
      changes: [{ row: extra.customerId, granted: true }],
    });
    expect(customers.status).toBe(200);
    const page = await historyOf(user.id);
    expect(page.items.slice(0, 2).map((entry) => [entry.action, entry.changes])).toEqual([
      ['permissions', [{ field: 'customers', from: '', to: extra.customerId }]],
      ['permissions', [{ field: 'group', group: group.name, from: '', to: 'ro, rw' }]],
    ]);
  });
});
