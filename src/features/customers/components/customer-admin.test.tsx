import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

describe('Customer Administration', () => {
  it('lists the customers and searches them by ID and name with the same rules', async () => {
    const { user, currentUrl } = renderApp('/customers');
    expect(await screen.findByRole('table', { name: 'List (9 total)' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'logistik gmbh{Enter}');
    const table = await screen.findByRole('table', { name: 'List (1 total)' });
    expect(within(table).getByRole('link', { name: 'nordwind-logistics' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/customers?search=logistik+gmbh');

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'old-mill*{Enter}');
    const invalid = await screen.findByRole('table', { name: 'List (1 total)' });
    await waitFor(() => expect(within(invalid).getAllByRole('row')[1]).toHaveClass('is-invalid'));
  });

  it('adds a customer, and refuses a duplicate name in other letter case on the field', async () => {
    const { user, currentUrl } = renderApp('/customers/new');
    await screen.findByRole('heading', { name: 'Add Customer' });
    await user.type(screen.getByRole('textbox', { name: 'Customer ID' }), 'acme-rockets');
    await user.type(screen.getByRole('textbox', { name: 'Customer name' }), 'NORDWIND LOGISTIK GMBH');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Another customer already has this name.', { selector: '.form-field__error' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Customer ID' })).toHaveValue('acme-rockets');

    await user.clear(screen.getByRole('textbox', { name: 'Customer name' }));
    await user.type(screen.getByRole('textbox', { name: 'Customer name' }), 'Acme Rockets Inc.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Customer acme-rockets added!')).toBeInTheDocument();
    await waitFor(() => expect(currentUrl()).toBe('/customers'));
    expect(testStore.customers.get('acme-rockets')).toMatchObject({ ok: true, value: { name: 'Acme Rockets Inc.' } });
  });

  it('requires Customer ID and Customer name', async () => {
    const { user } = renderApp('/customers/new');
    await screen.findByRole('heading', { name: 'Add Customer' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Customer ID is required.' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Customer name is required.' })).toBeInTheDocument();
  });

  it('edits a customer, keeping its ID', async () => {
    const { user } = renderApp('/customers/atlas-medical');
    await screen.findByRole('heading', { name: 'Edit Customer: atlas-medical' });
    expect(screen.getByRole('textbox', { name: 'Customer ID' })).toHaveAttribute('readonly');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Validity' }), 'invalid');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Customer updated!')).toBeInTheDocument();
    expect(testStore.customers.get('atlas-medical')).toMatchObject({ value: { validity: 'invalid', version: 2 } });
  });

  it('saves and finishes an edit, back on the list as it was left, with the message', async () => {
    const { user, currentUrl } = renderApp('/customers?search=atlas&sort=-name');
    const table = await screen.findByRole('table', { name: 'List (1 total)' });
    await user.click(within(table).getByRole('link', { name: 'atlas-medical' }));
    await screen.findByRole('heading', { name: 'Edit Customer: atlas-medical' });
    await user.type(screen.getByRole('textbox', { name: 'City' }), ' North');
    await user.click(screen.getByRole('button', { name: 'Save and finish' }));
    expect(await screen.findByText('Customer updated!')).toBeInTheDocument();
    await waitFor(() => expect(currentUrl()).toBe('/customers?search=atlas&sort=-name'));
    expect(await screen.findByRole('cell', { name: 'Manchester North' })).toBeInTheDocument();
    expect(testStore.customers.get('atlas-medical')).toMatchObject({ value: { city: 'Manchester North', version: 2 } });
  });

  it('offers Save and finish on the edit form only', async () => {
    renderApp('/customers/new');
    await screen.findByRole('heading', { name: 'Add Customer' });
    expect(screen.queryByRole('button', { name: 'Save and finish' })).not.toBeInTheDocument();
  });
});
