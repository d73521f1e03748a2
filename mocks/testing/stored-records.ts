import { testStore } from '@mocks/node';
import type { DemoStore } from '@mocks/store/demo-store';
import type { CustomerUser } from '@/api/customer-user-schema';

/** A customer user as the store holds it now; the test fails when there is none. */
export function storedCustomerUser(id: string, store: DemoStore = testStore): CustomerUser {
  const found = store.customerUsers.get(id);
  if (!found.ok) throw new Error(`The store has no customer user ${id}.`);
  return found.value;
}

/** What a client sends back to update a customer user unchanged: its fields and version, no audit. */
export function editableFields(user: CustomerUser) {
  const {
    id: _id,
    createdAt: _createdAt,
    createdBy: _createdBy,
    changedAt: _changedAt,
    changedBy: _changedBy,
    ...fields
  } = user;
  return fields;
}
