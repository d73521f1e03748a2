import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const tabs = () => screen.getByRole('navigation', { name: 'Customer user' });
const groupsTab = async () =>
  within(await screen.findByRole('navigation', { name: 'Customer user' })).findByRole('link', { name: 'Groups' });

describe('the demo switch "Act as administrator"', () => {
  it('stays where the admin put it, and the assignment controls go at once', async () => {
    const { user } = renderApp(paths.customerUsers.edit.href({ customerUserId: demoCustomerUsers.jdoe.id }));
    await user.click(await screen.findByRole('button', { name: 'Menu' }));
    const actAsAdministrator = await screen.findByRole('checkbox', { name: 'Act as administrator' });
    await waitFor(() => expect(actAsAdministrator).toBeEnabled());
    expect(await groupsTab()).toBeInTheDocument();

    await user.click(actAsAdministrator);
    expect(actAsAdministrator).not.toBeChecked();
    await waitFor(() => expect(actAsAdministrator).toBeEnabled());
    // The moment the switch is usable again it shows the new session, not the old one.
    expect(actAsAdministrator).not.toBeChecked();
    expect(within(tabs()).queryByRole('link', { name: 'Groups' })).not.toBeInTheDocument();

    await user.click(actAsAdministrator);
    await waitFor(() => expect(actAsAdministrator).toBeEnabled());
    expect(actAsAdministrator).toBeChecked();
    expect(await groupsTab()).toBeInTheDocument();
  });
});
