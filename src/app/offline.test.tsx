import { onlineManager } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers, server, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const offlineText = 'You are offline. Changes are not sent until the connection is back.';

function goOffline() {
  act(() => {
    window.dispatchEvent(new Event('offline'));
  });
}

function goOnline() {
  act(() => {
    window.dispatchEvent(new Event('online'));
  });
}

afterEach(() => onlineManager.setOnline(true));

describe('offline', () => {
  it('says so in the app shell, announced, while the browser is offline', async () => {
    renderApp('/customer-users');
    await screen.findByRole('table', { name: /^List \(/ });
    expect(screen.queryByText(offlineText)).not.toBeInTheDocument();

    goOffline();
    const notice = screen.getByText(offlineText);
    expect(notice.closest('[role="status"]')).toBeInTheDocument();

    goOnline();
    expect(screen.queryByText(offlineText)).not.toBeInTheDocument();
  });

  it('says a load waits for the connection, and loads when it is back', async () => {
    onlineManager.setOnline(false);
    renderApp(paths.customerUsers.edit.href({ customerUserId: demoCustomerUsers.jdoe.id }));
    expect(await screen.findByText(/Loading the customer user… Waiting for the connection/)).toBeInTheDocument();
    expect(screen.getByText(offlineText)).toBeInTheDocument();

    goOnline();
    expect(await screen.findByRole('heading', { name: 'Edit Customer User: jdoe' })).toBeInTheDocument();
  });

  it('never shows the rows of the previous search as the new term’s', async () => {
    const { user } = renderApp('/customer-users');
    const before = await screen.findByRole('table', { name: /^List \(/ });
    const section = before.closest('section');
    expect(section).toHaveAttribute('data-search', '');

    goOffline();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'lovel*ce{Enter}');
    expect(
      await screen.findByText(
        (_, element) =>
          element?.tagName === 'P' &&
          element.textContent ===
            'Showing the results for all customer users while “lovel*ce” waits for the connection.',
      ),
    ).toBeInTheDocument();
    expect(section).not.toHaveAttribute('data-search');

    goOnline();
    const table = await screen.findByRole('table', { name: 'List (1 total)' });
    expect(within(table).getByRole('link', { name: 'alovelace' })).toBeInTheDocument();
    expect(screen.queryByText(/Showing the results for/)).not.toBeInTheDocument();
    expect(table.closest('section')).toHaveAttribute('data-search', 'lovel*ce');
  });

  it('fails a save at once while offline, keeps the input, and saves on Try again when back', async () => {
    let writes = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method !== 'GET') writes += 1;
    });
    const { user } = renderApp(paths.customerUsers.edit.href({ customerUserId: demoCustomerUsers.jdoe.id }));
    await screen.findByRole('heading', { name: 'Edit Customer User: jdoe' });
    const city = screen.getByRole('textbox', { name: 'City' });
    await user.clear(city);
    await user.type(city, 'Lisbon');

    goOffline();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /You are offline, so nothing was sent\. Your input is kept/,
    );
    expect(writes).toBe(0);
    expect(city).toHaveValue('Lisbon');

    goOnline();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Customer user updated!')).toBeInTheDocument();
    expect(testStore.customerUsers.get(demoCustomerUsers.jdoe.id)).toMatchObject({ value: { city: 'Lisbon' } });
    server.events.removeAllListeners();
  });
});
