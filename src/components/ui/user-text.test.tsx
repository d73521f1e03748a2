import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const { jdoe } = demoCustomerUsers;
// A right-to-left username (the server refuses direction overrides, not Hebrew), and a long unbroken one.
const trickyLogin = 'evil-שלום-123';
const longLogin = 'x'.repeat(200);

function renameJdoe(login: string) {
  const current = testStore.customerUsers.get(jdoe.id);
  if (!current.ok) throw new Error('jdoe is missing');
  const { id, createdAt, createdBy, changedAt, changedBy, ...fields } = current.value;
  const result = testStore.customerUsers.update(jdoe.id, { ...fields, login, password: '' });
  if (!result.ok) throw new Error(`rename refused: ${JSON.stringify(result)}`);
}

function isolated(element: Element | null | undefined) {
  return element?.closest('bdi, [dir="auto"]') ?? null;
}

describe('user text', () => {
  it('isolates every user-typed cell of the list; the username link keeps its name', async () => {
    renameJdoe(trickyLogin);
    renderApp('/customer-users?search=evil');
    const table = await screen.findByRole('table', { name: 'List (1 total)' });
    const link = within(table).getByRole('link', { name: trickyLogin });
    expect(isolated(link.querySelector('bdi'))).toHaveTextContent(trickyLogin);
    const cells = within(table).getAllByRole('cell');
    // Username, name, email, customer ID and comment: the text of each sits in an isolate.
    for (const cell of cells.slice(0, 5)) {
      if (cell.textContent === '') continue;
      expect(cell.querySelector('bdi, [dir="auto"]')).toHaveTextContent(cell.textContent ?? '');
    }
  });

  it('isolates the username in the edit screen’s heading', async () => {
    renameJdoe(longLogin);
    renderApp(paths.customerUsers.edit.href({ customerUserId: jdoe.id }));
    const heading = await screen.findByRole('heading', { name: `Edit Customer User: ${longLogin}` });
    expect(heading.querySelector('bdi')).toHaveTextContent(longLogin);
  });
});
