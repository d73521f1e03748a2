import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoCustomerUsers, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import { CustomerUserEditScreen } from '../routes/edit-screens';

const { jdoe } = demoCustomerUsers;

describe('opening a customer user from the list', () => {
  it('asks for the screen, the customer options and nothing else once a username is pointed at, and shows the form without loading it again', async () => {
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
    });
    const { user } = renderApp('/customer-users?search=jdoe');
    const link = await screen.findByRole('link', { name: 'jdoe' });
    requests.length = 0;

    await user.hover(link);
    await CustomerUserEditScreen.preload();
    await user.click(link);
    expect(await screen.findByRole('textbox', { name: 'Email' })).toHaveValue(jdoe.email);
    expect(screen.queryByText('Loading the customer user…')).not.toBeInTheDocument();
    // The row the list already had is the form's data: no request for the customer user itself.
    expect(requests).not.toContain(`GET /api/customer-users/${jdoe.id}`);
    expect(requests).toContain('GET /api/customers');
  });
});
