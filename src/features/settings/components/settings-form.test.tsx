import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

async function findDefaultGroups() {
  return screen.findByRole('group', { name: 'Customer User Default Groups' });
}

describe('settings: Customer User Default Groups', () => {
  it('offers the valid groups only', async () => {
    renderApp('/settings');
    const groups = await findDefaultGroups();
    expect(await within(groups).findByRole('checkbox', { name: 'users' })).toBeChecked();
    expect(within(groups).getByRole('checkbox', { name: 'support' })).toBeEnabled();
    expect(within(groups).queryByRole('checkbox', { name: /legacy-portal/ })).not.toBeInTheDocument();
  });

  it('shows an invalid group chosen before as chosen, and it cannot be chosen again', async () => {
    testStore.settings = { ...testStore.settings, alwaysGroups: ['users', 'legacy-portal'] };
    const { user } = renderApp('/settings');
    const groups = await findDefaultGroups();
    const legacy = await within(groups).findByRole('checkbox', { name: 'legacy-portal (invalid)' });
    expect(legacy).toBeChecked();
    expect(legacy).toBeDisabled();

    await user.click(within(groups).getByRole('checkbox', { name: 'support' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(testStore.settings.alwaysGroups).toEqual(['users', 'legacy-portal', 'support']);
  });
});
