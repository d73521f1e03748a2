import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

function customerIdsIn(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
}

function addCustomers(count: number) {
  for (let number = 1; number <= count; number += 1) {
    const customerId = `extra-${String(number).padStart(3, '0')}`;
    expect(testStore.customers.create({ customerId, name: `Extra ${number}` }).ok).toBe(true);
  }
}

describe('customer list', () => {
  it('clears the search box and the search together on Escape', async () => {
    const { user, currentUrl } = renderApp('/customers?search=logistik');
    await screen.findByRole('table', { name: 'List (1 total)' });
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), '{Escape}');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    await waitFor(() => expect(currentUrl()).toBe('/customers'));
    expect(await screen.findByRole('table', { name: 'List (9 total)' })).toBeInTheDocument();
  });

  it('shows the last page when the URL asks for a page past it', async () => {
    addCustomers(60);
    const { currentUrl } = renderApp('/customers?search=extra&page=99');
    const pages = await screen.findByRole('navigation', { name: 'Pages of the customer list' });
    expect(pages).toHaveTextContent('Page 2 of 2');
    expect(customerIdsIn(screen.getByRole('table'))).toHaveLength(10);
    expect(currentUrl()).toBe('/customers?search=extra&page=2');
  });

  it('sorts by a column when its header is clicked, case- and accent-insensitively', async () => {
    const { user, currentUrl } = renderApp('/customers');
    const table = await screen.findByRole('table', { name: 'List (9 total)' });
    expect(within(table).getByRole('columnheader', { name: /Customer ID/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(within(table).getByRole('columnheader', { name: 'Comment' })).not.toHaveAttribute('aria-sort');

    await user.click(within(table).getByRole('link', { name: /City/ }));
    await waitFor(() => expect(currentUrl()).toBe('/customers?sort=city'));
    await waitFor(() =>
      expect(customerIdsIn(screen.getByRole('table'))).toEqual([
        'ganges-software',
        'nordwind-logistics',
        'atlas-medical',
        'kilimanjaro-coffee',
        'old-mill-bakery',
        'lumiere-studios',
        'andes-mining',
        'baltic-shipping',
        'sakura-trading',
      ]),
    );
    expect(screen.getByRole('columnheader', { name: /City/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Customer ID/ })).toHaveAttribute('aria-sort', 'none');

    await user.click(screen.getByRole('link', { name: /City/ }));
    await waitFor(() => expect(currentUrl()).toBe('/customers?sort=-city'));
    await waitFor(() => expect(customerIdsIn(screen.getByRole('table'))[0]).toBe('sakura-trading'));
    expect(screen.getByRole('columnheader', { name: /City/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('narrows by validity, keeping the search and order in the URL', async () => {
    const { user, currentUrl } = renderApp('/customers?sort=-name');
    await screen.findByRole('table', { name: 'List (9 total)' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'invalid only');
    await waitFor(() => expect(currentUrl()).toBe('/customers?validity=invalid&sort=-name'));
    const table = await screen.findByRole('table', { name: 'List (1 total)' });
    expect(customerIdsIn(table)).toEqual(['old-mill-bakery']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'all validities');
    await waitFor(() => expect(currentUrl()).toBe('/customers?sort=-name'));
  });
});
