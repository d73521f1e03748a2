import { fireEvent, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const { jdoe } = demoCustomerUsers;
const checkbox = (name: string) => screen.getByRole('checkbox', { name });

/** Fails the first `times` requests the handler sees, then lets them through; returns how many came. */
function failFirst(method: 'get' | 'put', path: string, times: number, answer: () => Response) {
  const seen = { count: 0 };
  server.use(
    http[method](path, () => {
      seen.count += 1;
      return seen.count <= times ? answer() : undefined;
    }),
  );
  return seen;
}

describe('assignment screens when the server fails', () => {
  it('the customer groups screen offers Try again when the memberships do not load', async () => {
    failFirst('get', '/api/customers/:customerId/groups', 1, () => HttpResponse.error());
    const { user } = renderApp(paths.customers.groups.href({ customerId: 'atlas-medical' }));
    const failure = await screen.findByRole('alert');
    expect(failure).toHaveTextContent('The memberships could not be loaded.');
    await user.click(within(failure).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Group permissions of this customer' })).toBeInTheDocument();
  });

  it('says a server fault of a save in a sentence, keeps the ticks, and Try again saves them', async () => {
    const saves = failFirst('put', '/api/customer-users/:id/groups', 1, () =>
      HttpResponse.json({ message: 'Internal Server Error' }, { status: 500 }),
    );
    const { user } = renderApp(paths.customerUsers.groups.href({ customerUserId: jdoe.id }));
    await user.click(await screen.findByRole('checkbox', { name: 'ro permission for stats' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server had a fault and did not save. Your input is kept; try again.');
    expect(alert).not.toHaveTextContent('Internal Server Error');
    expect(checkbox('ro permission for stats')).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    expect(saves.count).toBe(2);
  });

  it('sends one save for two quick clicks on Save', async () => {
    const saves = failFirst('put', '/api/customer-users/:id/groups', 0, () => HttpResponse.error());
    const { user } = renderApp(paths.customerUsers.groups.href({ customerUserId: jdoe.id }));
    await user.click(await screen.findByRole('checkbox', { name: 'ro permission for stats' }));
    const save = screen.getByRole('button', { name: 'Save' });
    fireEvent.click(save);
    fireEvent.click(save);
    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    expect(saves.count).toBe(1);
  });
});
