import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const { jdoe } = demoCustomerUsers;
const historyHref = paths.customerUsers.history.href({ customerUserId: jdoe.id });

function saveCity(city: string) {
  const current = testStore.customerUsers.get(jdoe.id);
  if (!current.ok) throw new Error('no jdoe');
  const { id, createdAt, createdBy, changedAt, changedBy, ...fields } = current.value;
  if (!testStore.customerUsers.update(id, { ...fields, city }).ok) throw new Error('could not save');
}

describe('the History tab', () => {
  it('shows an email saved on the Data tab, from the old address to the new, by whom', async () => {
    const { user, currentUrl } = renderApp(paths.customerUsers.edit.href({ customerUserId: jdoe.id }));
    await screen.findByRole('heading', { name: /^Edit Customer User:/ });
    const email = screen.getByRole('textbox', { name: 'Email' });
    const oldEmail = (email as HTMLInputElement).value;
    await user.clear(email);
    await user.type(email, 'john.doe@new.example');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Customer user updated!')).toBeInTheDocument();

    const tabs = screen.getByRole('navigation', { name: 'Customer user' });
    await user.click(within(tabs).getByRole('link', { name: 'History' }));
    expect(currentUrl()).toBe(historyHref);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'History of Customer User: jdoe' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'History' });
    for (const column of ['When', 'Who', 'What changed']) {
      expect(within(table).getByRole('columnheader', { name: column })).toBeInTheDocument();
    }
    const row = within(table).getByText(`Email: ${oldEmail} → john.doe@new.example`).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByRole('cell', { name: 'admin' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('jdoe – History – Customer User Administration'));
  });

  it('says when nothing was recorded yet', async () => {
    renderApp(historyHref);
    expect(await screen.findByText('No changes recorded yet.')).toBeInTheDocument();
  });

  it('pages 25 entries at a time, newest first', async () => {
    for (let index = 1; index <= 30; index += 1) saveCity(`City ${index}`);
    const { user } = renderApp(historyHref);
    const table = await screen.findByRole('table', { name: 'History' });
    const firstLines = () => within(table).getAllByRole('row').slice(1);
    expect(firstLines()).toHaveLength(25);
    expect(firstLines()[0]).toHaveTextContent('City: City 29 → City 30');
    const pages = screen.getByRole('navigation', { name: 'Pages of the history' });
    await user.click(within(pages).getByRole('link', { name: 'Next' }));
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'History' })).getAllByRole('row')).toHaveLength(6),
    );
    expect(screen.getByRole('table', { name: 'History' })).toHaveTextContent('City: City 1 → City 2');
  });

  it('shows a password change as changed, never the password', async () => {
    const current = testStore.customerUsers.get(jdoe.id);
    if (!current.ok) throw new Error('no jdoe');
    const { id, createdAt, createdBy, changedAt, changedBy, ...fields } = current.value;
    testStore.customerUsers.update(id, { ...fields, password: 'very-secret-1' });
    renderApp(historyHref);
    const table = await screen.findByRole('table', { name: 'History' });
    expect(within(table).getByText('Password changed')).toBeInTheDocument();
    expect(table).not.toHaveTextContent('very-secret-1');
  });

  it('speaks German: the tab „Verlauf“ and its heading', async () => {
    renderApp(historyHref, { locale: 'de' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Verlauf des Kundenbenutzers: jdoe' }),
    ).toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: 'Kundenbenutzer' });
    expect(within(tabs).getByRole('link', { name: 'Verlauf' })).toHaveAttribute('href', historyHref);
    expect(await screen.findByText('Noch keine Änderungen aufgezeichnet.')).toBeInTheDocument();
  });
});
