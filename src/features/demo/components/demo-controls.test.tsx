import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

describe('the demo switch "Act as administrator"', () => {
  it('stays where the admin put it, and the assignment controls go at once', async () => {
    const { user } = renderApp(paths.customerUsers.edit.href({ customerUserId: demoCustomerUsers.jdoe.id }));
    await user.click(await screen.findByRole('button', { name: 'Menu' }));
    const actAsAdministrator = await screen.findByRole('checkbox', { name: 'Act as administrator' });
    await waitFor(() => expect(actAsAdministrator).toBeEnabled());
    expect(await screen.findByRole('navigation', { name: 'Customer user' })).toBeInTheDocument();

    await user.click(actAsAdministrator);
    expect(actAsAdministrator).not.toBeChecked();
    await waitFor(() => expect(actAsAdministrator).toBeEnabled());
    // The moment the switch is usable again it shows the new session, not the old one.
    expect(actAsAdministrator).not.toBeChecked();
    expect(screen.queryByRole('navigation', { name: 'Customer user' })).not.toBeInTheDocument();

    await user.click(actAsAdministrator);
    await waitFor(() => expect(actAsAdministrator).toBeEnabled());
    expect(actAsAdministrator).toBeChecked();
    expect(await screen.findByRole('navigation', { name: 'Customer user' })).toBeInTheDocument();
  });
});
