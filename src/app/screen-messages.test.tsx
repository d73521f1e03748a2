import { act, screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const { jdoe } = demoCustomerUsers;

/**
 * Holds the saves to `url` until `release()`, then lets the mock API answer them. Meanwhile the test
 * can do what a browser does and jsdom does not: drop focus from the Save button it disabled.
 */
function holdSaves(method: 'put' | 'patch', url: string) {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(http[method](url, () => held.then(() => undefined)));
  return () => release();
}

/** The live region of the screen's messages ("Customer user updated!"), inside the main content. */
function messageRegion() {
  const region = document.querySelector<HTMLElement>('main [role="status"]');
  if (!region) throw new Error('No message region in the main content.');
  return region;
}

describe('messages a screen reader hears', () => {
  it('puts the message after Save and finish into a live region that was there before', async () => {
    const { user, currentUrl } = renderApp('/customer-users?search=jdoe');
    await user.click(await screen.findByRole('link', { name: 'jdoe' }));
    await screen.findByRole('heading', { name: 'Edit Customer User: jdoe' });
    const region = messageRegion();
    expect(region).toBeEmptyDOMElement();

    await user.click(screen.getByRole('button', { name: 'Save and finish' }));
    await waitFor(() => expect(currentUrl()).toBe('/customer-users?search=jdoe'));
    await waitFor(() => expect(region).toHaveTextContent('Customer user updated!'));
    expect(region).toBeInTheDocument();
    expect(region).toHaveAttribute('role', 'status');
  });

  it('brings focus back to Save after a save that stays on the form, never leaving it on the page body', async () => {
    const { user } = renderApp(paths.customerUsers.edit.href({ customerUserId: jdoe.id }));
    await screen.findByRole('heading', { name: 'Edit Customer User: jdoe' });
    await user.type(screen.getByRole('textbox', { name: 'City' }), 'x');
    const release = holdSaves('put', `/api/customer-users/${jdoe.id}`);
    const save = screen.getByRole('button', { name: 'Save' });
    await user.click(save);
    await screen.findByText('Saving…');
    act(() => save.blur());
    expect(document.body).toHaveFocus();

    release();
    expect(await screen.findByText('Customer user updated!')).toHaveRole('status');
    expect(save).toHaveFocus();
  });

  it('brings focus back to Save after the settings are saved', async () => {
    const { user } = renderApp(paths.settings.href());
    const save = await screen.findByRole('button', { name: 'Save' });
    const release = holdSaves('put', '/api/settings');
    await user.click(save);
    await screen.findByText('Saving…');
    act(() => save.blur());

    release();
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(save).toHaveFocus();
  });

  it('announces how many customer users a search found', async () => {
    const { user } = renderApp(paths.customerUsers.list.href());
    await screen.findByRole('table', { name: /^List \(/ });
    const count = screen.getByText(/customer users? found\.$/);
    expect(count).toHaveRole('status');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'jdoe{Enter}');
    await waitFor(() => expect(count).toHaveTextContent('1 customer user found.'));

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'nobody-at-all{Enter}');
    await waitFor(() => expect(count).toHaveTextContent('No customer users found.'));
  });
});
