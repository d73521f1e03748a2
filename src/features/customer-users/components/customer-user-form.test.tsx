import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

/** A flash message by its whole text, links inside it included. */
const flashText = (text: string) => (_: string, element: Element | null) =>
  element?.tagName === 'P' && element.textContent === text;

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
    // The message names the field already: the summary does not repeat the label in front of it.
    expect(within(summary).getByRole('link', { name: 'Firstname is required.' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Email must be a valid email address.' })).toBeInTheDocument();
    expect(summary).not.toHaveTextContent('Firstname: Firstname');
    expect(field('Firstname')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Firstname')).toHaveAccessibleDescription(expect.stringContaining('Firstname is required.'));
    expect(field('Lastname')).toHaveValue('Hopper');
    expect(field('Email')).toHaveValue('not-an-email');

    await user.click(within(summary).getByRole('link', { name: 'Firstname is required.' }));
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

  it('offers Save and Cancel on the add form, as the spec says (Save and finish is for editing)', async () => {
    await openAddForm();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save and finish' })).not.toBeInTheDocument();
  });

  it('adds a customer user, returns to the list searched for them and shows the generated password once', async () => {
    const { user, currentUrl } = await openAddForm();
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const message = await screen.findByText(flashText('Customer user ghopper added!'));
    await waitFor(() => expect(currentUrl()).toBe('/customer-users?search=ghopper'));
    expect(await screen.findByRole('table', { name: 'List (1 total)' })).toHaveTextContent('ghopper');
    const created = testStore.customerUsers.list({ search: 'ghopper', offset: 0, limit: 1, sort: 'login' }).items[0];
    expect(within(message).getByRole('link', { name: 'ghopper' })).toHaveAttribute(
      'href',
      paths.customerUsers.edit.href({ customerUserId: created?.id ?? '' }),
    );
    const password = testStore.customerUsers.passwordOf(created?.id ?? '') ?? '';
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(screen.getByText(password)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy password' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(password)).not.toBeInTheDocument();
  });

  it('opens the new customer user from the link in the message', async () => {
    const { user, currentUrl } = await openAddForm();
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('link', { name: 'ghopper' }));
    expect(await screen.findByRole('heading', { name: 'Edit Customer User: ghopper' })).toBeInTheDocument();
    expect(currentUrl()).toMatch(/^\/customer-users\/cu-/);
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
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'This username is already taken.' }),
    ).toBeInTheDocument();
  });

  it('refuses an unknown customer on the Customer field', async () => {
    const { user } = await openAddForm();
    await fillRequired(user, { Customer: 'no-such-customer' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('There is no customer "no-such-customer".', { selector: '.form-field__error' }),
    ).toBeInTheDocument();
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
