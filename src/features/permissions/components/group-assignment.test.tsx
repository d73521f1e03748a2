import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoGroups, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

describe('a group’s assignment screens', () => {
  it('Save and finish returns to the Groups screen, which says "Changes saved."', async () => {
    const { user, currentUrl } = renderApp(
      `${paths.groups.customerUsers.href({ groupId: demoGroups.stats.id })}?search=jdoe`,
    );
    await user.click(await screen.findByRole('checkbox', { name: 'ro permission for jdoe' }));
    await user.click(screen.getByRole('button', { name: 'Save and finish' }));

    expect(await screen.findByRole('heading', { name: 'Groups' })).toBeInTheDocument();
    expect(currentUrl()).toBe(paths.groups.list.href());
    expect((await screen.findByText('Changes saved.')).closest('[role="status"]')).toBeInTheDocument();
  });

  it('group → customers: saving the Same Customer context keeps the hidden Other Customers one', async () => {
    const { user } = renderApp(paths.groups.customers.href({ groupId: demoGroups.support.id }));
    await user.click(
      await screen.findByRole('checkbox', { name: 'rw permission for nordwind-logistics (Same Customer)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    expect(testStore.permissions.customerPermissions('nordwind-logistics', demoGroups.support.id)).toEqual({
      same: ['ro', 'rw'],
      other: ['ro'],
    });
  });
});
