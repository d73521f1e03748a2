import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

describe('a group’s assignment screens', () => {
  it('Save and finish returns to the Groups screen, which says "Changes saved."', async () => {
    const { user, currentUrl } = renderApp('/groups/g-stats/customer-users?search=jdoe');
    await user.click(await screen.findByRole('checkbox', { name: 'ro permission for jdoe' }));
    await user.click(screen.getByRole('button', { name: 'Save and finish' }));

    expect(await screen.findByRole('heading', { name: 'Groups' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/groups');
    expect((await screen.findByText('Changes saved.')).closest('[role="status"]')).toBeInTheDocument();
  });

  it('group → customers: saving the Same Customer context keeps the hidden Other Customers one', async () => {
    const { user } = renderApp('/groups/g-support/customers');
    await user.click(
      await screen.findByRole('checkbox', { name: 'rw permission for nordwind-logistics (Same Customer)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    expect(testStore.permissions.customerPermissions('nordwind-logistics', 'g-support')).toEqual({
      same: ['ro', 'rw'],
      other: ['ro'],
    });
  });
});
