import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CustomerUser } from '@/api/customer-user-schema';
import { paths } from '@/config/paths';
import { demoCustomerUsers, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const { jdoe } = demoCustomerUsers;

const field = (name: string) => screen.getByRole('textbox', { name });

/** The other admin saves first, changing some fields of jdoe. */
function otherAdminSaves(changes: Partial<CustomerUser>) {
  const current = testStore.customerUsers.get(jdoe.id);
  if (!current.ok) throw new Error('no jdoe');
  const { id, createdAt, createdBy, changedAt, changedBy, ...fields } = current.value;
  const saved = testStore.customerUsers.update(id, { ...fields, ...changes });
  if (!saved.ok) throw new Error('the other admin could not save');
}

function saved() {
  const current = testStore.customerUsers.get(jdoe.id);
  if (!current.ok) throw new Error('no jdoe');
  return current.value;
}

async function openAndType(changes: Record<string, string>) {
  const app = renderApp(paths.customerUsers.edit.href({ customerUserId: jdoe.id }));
  await screen.findByRole('heading', { name: 'Edit Customer User: jdoe' });
  for (const [label, value] of Object.entries(changes)) {
    await app.user.clear(field(label));
    await app.user.type(field(label), value);
  }
  return app;
}

async function saveIntoConflict(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('button', { name: 'Save' }));
  const conflict = await screen.findByRole('alert');
  expect(conflict).toHaveTextContent('Someone else changed this customer user');
  return conflict;
}

describe('customer user form: two admins on one customer user', () => {
  it('keeps the other admin’s changes when mine touch other fields', async () => {
    const { user } = await openAndType({ Phone: '+49 40 555 0100' });
    otherAdminSaves({ city: 'Bremen' });

    const conflict = await saveIntoConflict(user);
    expect(within(conflict).queryByRole('table')).not.toBeInTheDocument();
    expect(conflict).toHaveTextContent('Their changes will be kept');

    await user.click(within(conflict).getByRole('button', { name: 'Save my input over theirs' }));
    expect(await screen.findByText('Customer user updated!')).toBeInTheDocument();
    expect(saved()).toMatchObject({ city: 'Bremen', phone: '+49 40 555 0100', version: 3 });
    // The form now shows the record as saved: both admins' changes.
    expect(field('City')).toHaveValue('Bremen');
    expect(field('Phone')).toHaveValue('+49 40 555 0100');
  });

  it('lists only the fields both changed, and overwrites only those', async () => {
    const { user } = await openAndType({ City: 'Lisbon', Phone: '+351 21 000 0000' });
    otherAdminSaves({ city: 'Porto', street: 'Rua Nova 5' });

    const conflict = await saveIntoConflict(user);
    const table = within(conflict).getByRole('table', { name: 'Fields you both changed' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('City');
    expect(rows[0]).toHaveTextContent('Lisbon');
    expect(rows[0]).toHaveTextContent('Porto');
    expect(field('City')).toHaveValue('Lisbon');

    await user.click(within(conflict).getByRole('button', { name: 'Save my input over theirs' }));
    expect(await screen.findByText('Customer user updated!')).toBeInTheDocument();
    expect(saved()).toMatchObject({ city: 'Lisbon', street: 'Rua Nova 5', phone: '+351 21 000 0000' });
  });

  it('does not count a field both changed to the same value as a conflict', async () => {
    const { user } = await openAndType({ City: 'Porto' });
    otherAdminSaves({ city: 'Porto', zip: '4000-001' });
    const conflict = await saveIntoConflict(user);
    expect(within(conflict).queryByRole('table')).not.toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Save my input over theirs' }));
    expect(await screen.findByText('Customer user updated!')).toBeInTheDocument();
    expect(saved()).toMatchObject({ city: 'Porto', zip: '4000-001' });
  });

  it('discards my input and loads theirs', async () => {
    const { user } = await openAndType({ Phone: '+49 40 555 0100' });
    otherAdminSaves({ city: 'Bremen' });
    const conflict = await saveIntoConflict(user);
    await user.click(within(conflict).getByRole('button', { name: 'Discard my input and load theirs' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(field('City')).toHaveValue('Bremen');
    expect(field('Phone')).toHaveValue(saved().phone);

    // Their version is the new base: the next save is no conflict.
    await user.type(field('Street'), ' 2');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Customer user updated!')).toBeInTheDocument();
    expect(saved()).toMatchObject({ city: 'Bremen', version: 3 });
  });
});
