import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers, server, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const { jdoe } = demoCustomerUsers;

const customerField = () => screen.getByRole('combobox', { name: 'Customer' });

async function openEditForm(id: string = jdoe.id) {
  const app = renderApp(paths.customerUsers.edit.href({ customerUserId: id }));
  await screen.findByRole('heading', { name: /^Edit Customer User:/ });
  return app;
}

function storedCustomerOf(id: string) {
  const stored = testStore.customerUsers.get(id);
  return stored.ok ? stored.value.customerId : undefined;
}

describe('the Customer field', () => {
  it('is an ARIA combobox searching the valid customers by ID and name, with the name beside the ID', async () => {
    const { user } = await openEditForm();
    const input = customerField();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');

    await user.clear(input);
    await user.type(input, 'logistik');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox', { name: 'Customer' });
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    const options = within(listbox).getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent('nordwind-logistics');
    expect(options[0]).toHaveTextContent('Nordwind Logistik GmbH');

    await user.clear(input);
    await user.type(input, 'SAKURA');
    expect(within(screen.getByRole('listbox')).getByRole('option', { name: /sakura-trading/ })).toBeInTheDocument();
    // Invalid customers are not offered.
    await user.clear(input);
    await user.type(input, 'old-mill');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('is browsed with the arrow keys and chosen with Enter, and saves the chosen ID', async () => {
    const { user } = await openEditForm();
    const input = customerField();
    await user.clear(input);
    await user.type(input, 'a');
    await user.keyboard('{ArrowDown}');
    const first = within(screen.getByRole('listbox')).getAllByRole('option')[0];
    expect(input).toHaveAttribute('aria-activedescendant', first?.id);
    await user.keyboard('{ArrowDown}');
    const second = within(screen.getByRole('listbox')).getAllByRole('option')[1];
    expect(second).toHaveAttribute('aria-selected', 'true');
    const chosenId = second?.textContent?.split(' ')[0] ?? '';
    await user.keyboard('{Enter}');

    expect(input).toHaveValue(chosenId);
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Customer user updated!')).toBeInTheDocument();
    expect(storedCustomerOf(jdoe.id)).toBe(chosenId);
  });

  it('turns a typed name or an ID in another letter case into the customer ID when left', async () => {
    const { user } = await openEditForm();
    const input = customerField();
    await user.clear(input);
    await user.type(input, 'sakura trading k.k.');
    await user.tab();
    expect(input).toHaveValue('sakura-trading');
    expect(input).toHaveAccessibleDescription('Sakura Trading K.K.');

    await user.clear(input);
    await user.type(input, 'Atlas-Medical');
    await user.tab();
    expect(input).toHaveValue('atlas-medical');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Customer user updated!')).toBeInTheDocument();
    expect(storedCustomerOf(jdoe.id)).toBe('atlas-medical');
  });

  it('claims nothing about the customer before the customers have arrived', async () => {
    let release = () => {};
    const arrived = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Holds the customers back until released; then the mock API answers as usual.
    server.use(http.get('/api/customers', () => arrived.then(() => delay(0)).then(() => undefined)));
    await openEditForm();
    const input = customerField();
    expect(input).toHaveValue('nordwind-logistics');
    expect(input).toHaveAccessibleDescription('Loading the customers…');
    expect(screen.queryByText(/no longer valid/)).not.toBeInTheDocument();

    release();
    await waitFor(() => expect(input).toHaveAccessibleDescription('Nordwind Logistik GmbH'));
    expect(screen.queryByText(/no longer valid/)).not.toBeInTheDocument();
  });
});
