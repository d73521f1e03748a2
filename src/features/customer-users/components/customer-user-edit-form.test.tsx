import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const { jdoe } = demoCustomerUsers;

const field = (name: string) => screen.getByRole(name === 'Customer' ? 'combobox' : 'textbox', { name });

describe('customer user form: edit', () => {
  async function openEditForm(id = jdoe.id) {
    const app = renderApp(paths.customerUsers.edit.href({ customerUserId: id }));
    await screen.findByRole('heading', { name: /^Edit Customer User:/ });
    return app;
  }

  it('saves and stays on the form with "Customer user updated!"', async () => {
    const { user, currentUrl } = await openEditForm();
    await user.clear(field('City'));
    await user.type(field('City'), 'Lisbon');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Customer user updated!')).toBeInTheDocument();
    expect(currentUrl()).toBe(paths.customerUsers.edit.href({ customerUserId: jdoe.id }));
    expect(field('City')).toHaveValue('Lisbon');
    expect(testStore.customerUsers.get(jdoe.id)).toMatchObject({ value: { city: 'Lisbon', version: 2 } });

    // The saved version is the new base: a second save is no conflict.
    await user.type(field('Street'), 'Rua Augusta 1');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(testStore.customerUsers.get(jdoe.id)).toMatchObject({ value: { version: 3 } }));
  });

  it('saves and finishes back to the list it came from, with the message', async () => {
    const { user, currentUrl } = renderApp('/customer-users?search=jdoe');
    await user.click(await screen.findByRole('link', { name: 'jdoe' }));
    await screen.findByRole('heading', { name: 'Edit Customer User: jdoe' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Validity' }), 'invalid');
    await user.click(screen.getByRole('button', { name: 'Save and finish' }));
    expect(await screen.findByText('Customer user updated!')).toBeInTheDocument();
    await waitFor(() => expect(currentUrl()).toBe('/customer-users?search=jdoe'));
    expect(testStore.customerUsers.get(jdoe.id)).toMatchObject({ value: { validity: 'invalid' } });
  });

  it('keeps the old password when the field is left empty', async () => {
    const created = testStore.customerUsers.create({
      firstName: 'Pat',
      lastName: 'Key',
      login: 'pkey',
      email: 'pat.key@example.com',
      customerId: 'nordwind-logistics',
      password: 'first-secret-123',
    });
    if (!created.ok) throw new Error('could not create');
    const { user } = await openEditForm(created.value.customerUser.id);
    expect(screen.getByLabelText('Password')).toHaveValue('');
    await user.type(field('City'), 'Oslo');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Customer user updated!');
    expect(testStore.customerUsers.passwordOf(created.value.customerUser.id)).toBe('first-secret-123');
  });

  it('keeps showing a customer that has become invalid', async () => {
    const invalidCustomerUser = testStore.customerUsers.list({
      search: 'old-mill-bakery',
      offset: 0,
      limit: 1,
      sort: 'login',
    }).items[0];
    if (!invalidCustomerUser) throw new Error('the seed has no user of the invalid customer');
    const { user } = await openEditForm(invalidCustomerUser.id);
    expect(field('Customer')).toHaveValue('old-mill-bakery');
    await waitFor(() =>
      expect(field('Customer')).toHaveAccessibleDescription(expect.stringContaining('no longer valid')),
    );
    await user.type(field('City'), 'x');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Customer user updated!')).toBeInTheDocument();
  });

  it('saves hostile text and shows it inert, as typed, in the form and the list', async () => {
    const hostile = '<img src=x onerror=alert(1)> مرحبا 🎉';
    const { user, navigate } = await openEditForm();
    await user.clear(field('Comment'));
    await user.click(field('Comment'));
    await user.paste(hostile);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Customer user updated!');
    expect(field('Comment')).toHaveValue(hostile);
    expect(testStore.customerUsers.get(jdoe.id)).toMatchObject({ value: { comment: hostile } });

    navigate('/customer-users?search=jdoe');
    expect(await screen.findByRole('cell', { name: hostile })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
