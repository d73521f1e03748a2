import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const { jdoe } = demoCustomerUsers;

const field = (name: string) => screen.getByRole(name === 'Customer' ? 'combobox' : 'textbox', { name });

async function openAddForm() {
  const app = renderApp('/customer-users/new');
  await screen.findByRole('heading', { name: 'Add Customer User' });
  await screen.findByRole('textbox', { name: 'Firstname' });
  return app;
}

async function fillRequired(user: ReturnType<typeof renderApp>['user'], overrides: Record<string, string> = {}) {
  const values = {
    Firstname: 'Grace',
    Lastname: 'Hopper',
    Username: 'ghopper',
    Email: 'grace.hopper@example.com',
    Customer: 'nordwind-logistics',
    ...overrides,
  };
  for (const [label, value] of Object.entries(values)) {
    await user.clear(field(label));
    if (value !== '') await user.type(field(label), value);
  }
}

describe('customer user form: add', () => {
  it('has the fields of the spec, in its order, with their exact labels', async () => {
    await openAddForm();
    const form = screen.getByRole('button', { name: 'Save' }).closest('form') as HTMLFormElement;
    const labels = [...form.querySelectorAll('label')].map((label) => label.textContent?.replace(' *', ''));
    expect(labels).toEqual([
      'Title or salutation',
      'Firstname',
      'Lastname',
      'Username',
      'Password',
      'Email',
      'Customer',
      'Phone',
      'Fax',
      'Mobile',
      'Street',
      'Zip',
      'City',
      'Country',
      'Comment',
      'Validity',
    ]);
    expect(field('Firstname')).toHaveAttribute('aria-required', 'true');
    expect(field('Title or salutation')).not.toHaveAttribute('aria-required', 'true');
    expect(screen.getByRole('combobox', { name: 'Validity' })).toHaveValue('valid');
  });

  it('shows each error next to its field and a summary that takes focus, keeping the input', async () => {
    const { user } = await openAddForm();
    await user.type(field('Lastname'), 'Hopper');
    await user.type(field('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Firstname: Firstname is required.' })).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', { name: 'Email: Email must be a valid email address.' }),
    ).toBeInTheDocument();
    expect(field('Firstname')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Firstname')).toHaveAccessibleDescription(expect.stringContaining('Firstname is required.'));
    expect(field('Lastname')).toHaveValue('Hopper');
    expect(field('Email')).toHaveValue('not-an-email');

    await user.click(within(summary).getByRole('link', { name: /^Firstname:/ }));
    expect(field('Firstname')).toHaveFocus();
  });

  it('treats a value of only spaces as empty, and says when a value is too long', async () => {
    const { user } = await openAddForm();
    await fillRequired(user, { Firstname: '   ', Username: 'x'.repeat(201) });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Firstname is required.', { selector: '.form-field__error' })).toBeInTheDocument();
    expect(
      screen.getByText('Username must be at most 200 characters.', { selector: '.form-field__error' }),
    ).toBeInTheDocument();
  });

  it('adds a customer user, returns to the list and shows the generated password once', async () => {
    const { user, currentUrl } = await openAddForm();
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Customer user ghopper added!')).toBeInTheDocument();
    await waitFor(() => expect(currentUrl()).toBe('/customer-users'));
    const created = testStore.customerUsers.list({ search: 'ghopper', offset: 0, limit: 1, sort: 'login' }).items[0];
    const password = testStore.customerUsers.passwordOf(created?.id ?? '') ?? '';
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(screen.getByText(password)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy password' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(password)).not.toBeInTheDocument();
  });

  it('shows a duplicate username from the server on the field, keeping everything typed', async () => {
    const { user } = await openAddForm();
    await fillRequired(user, { Username: 'JDOE' });
    await user.type(field('City'), 'Arlington');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByText('This username is already taken.', { selector: '.form-field__error' }),
    ).toBeInTheDocument();
    expect(field('Username')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Username')).toHaveValue('JDOE');
    expect(field('City')).toHaveValue('Arlington');
    expect(within(screen.getByRole('alert')).getByRole('link', { name: /^Username:/ })).toBeInTheDocument();
  });

  it('refuses an unknown customer on the Customer field', async () => {
    const { user } = await openAddForm();
    await fillRequired(user, { Customer: 'no-such-customer' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('There is no customer "no-such-customer".')).toBeInTheDocument();
  });

  it('tells the admin to create a customer first when none exists', async () => {
    testStore.reset({ kind: 'empty' });
    renderApp('/customer-users/new');
    expect(
      await screen.findByText('A customer user can only be added when at least one customer exists.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a customer in Customer Administration' })).toHaveAttribute(
      'href',
      '/customers/new',
    );
    expect(screen.queryByRole('textbox', { name: 'Firstname' })).not.toBeInTheDocument();
  });
});

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

  it('saves and finishes back to the list with the message', async () => {
    const { user, currentUrl } = await openEditForm();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Validity' }), 'invalid');
    await user.click(screen.getByRole('button', { name: 'Save and finish' }));
    expect(await screen.findByText('Customer user updated!')).toBeInTheDocument();
    await waitFor(() => expect(currentUrl()).toBe('/customer-users'));
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

  it('shows a conflict with the current values beside the input, and keeps the input', async () => {
    const { user } = await openEditForm();
    const current = testStore.customerUsers.get(jdoe.id);
    if (!current.ok) throw new Error('no jdoe');
    const { id, createdAt, createdBy, changedAt, changedBy, ...fields } = current.value;
    testStore.customerUsers.update(id, { ...fields, city: 'Porto' });

    await user.clear(field('City'));
    await user.type(field('City'), 'Lisbon');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('Someone else changed this customer user');
    const row = within(conflict).getByRole('row', { name: /City/ });
    expect(row).toHaveTextContent('Lisbon');
    expect(row).toHaveTextContent('Porto');
    expect(field('City')).toHaveValue('Lisbon');

    await user.click(within(conflict).getByRole('button', { name: 'Save my input over theirs' }));
    expect(await screen.findByText('Customer user updated!')).toBeInTheDocument();
    expect(testStore.customerUsers.get(jdoe.id)).toMatchObject({ value: { city: 'Lisbon' } });
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
    expect(field('Customer')).toHaveAccessibleDescription(expect.stringContaining('no longer valid'));
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
