import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers, server, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import { allRowsUpTo } from './permission-matrix';

const { jdoe } = demoCustomerUsers;
/** The demo's nine valid groups beside the default one (admin … support), then team-0001 … team-1000. */
const groups = 9 + 1000;

const checkbox = (name: string) => screen.getByRole('checkbox', { name });
const matrix = () => screen.getByRole('table', { name: 'Group permissions of this customer user' });
const bodyRows = () => within(matrix()).getAllByRole('row').slice(1);
const tabbable = () =>
  within(matrix())
    .getAllByRole('checkbox')
    .filter((box) => box.tabIndex === 0);

async function openThousandGroups() {
  testStore.reset({ kind: 'demo', groups: 1000 });
  const app = renderApp(paths.customerUsers.groups.href({ customerUserId: jdoe.id }));
  // The first screen of a file loads its lazy modules: give it longer than the default second.
  await screen.findByRole('checkbox', { name: 'rw permission for support' }, { timeout: 5000 });
  return app;
}

describe('a matrix of a thousand groups', () => {
  it('renders only the rows in view, and says how many there are', async () => {
    await openThousandGroups();
    const rendered = bodyRows();
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered.length).toBeLessThan(allRowsUpTo);
    expect(screen.queryByRole('checkbox', { name: 'ro permission for team-1000' })).not.toBeInTheDocument();

    // Header row included: aria-rowcount counts every row of the table, aria-rowindex places each.
    expect(matrix()).toHaveAttribute('aria-rowcount', String(groups + 1));
    expect(rendered[0]).toHaveAttribute('aria-rowindex', '2');
    expect(within(rendered[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('admin');
    expect(screen.getByText(`${groups} shown`)).toBeInTheDocument();
  });

  it('the filter reaches a row far down, and narrows the rows', async () => {
    const { user } = await openThousandGroups();
    await user.type(screen.getByRole('searchbox', { name: 'Filter groups' }), 'team-0999');
    await user.click(checkbox('ro permission for team-0999'));
    expect(checkbox('ro permission for team-0999')).toBeChecked();
    expect(matrix()).toHaveAttribute('aria-rowcount', '2');
    expect(bodyRows()).toHaveLength(1);
    expect(bodyRows()[0]).toHaveAttribute('aria-rowindex', '2');

    await user.clear(screen.getByRole('searchbox', { name: 'Filter groups' }));
    expect(bodyRows().length).toBeLessThan(allRowsUpTo);
    // The row far down keeps the Tab stop: it stays rendered, ticked, beside the rows at the top.
    expect(checkbox('ro permission for team-0999')).toBeChecked();
    expect(tabbable()).toEqual([checkbox('ro permission for team-0999')]);
  });

  it('select-all ticks every row, rendered or not, and Save sends them all', async () => {
    const { user } = await openThousandGroups();
    const before = testStore.permissions.userPermissions(jdoe.id);
    const withoutRo = groups - [...before.values()].filter((types) => types.includes('ro')).length;

    await user.click(checkbox('Toggle ro permission for all'));
    expect(checkbox('Toggle ro permission for all')).toBeChecked();
    for (const box of within(matrix()).getAllByRole('checkbox', { name: /^ro permission for / })) {
      expect(box).toBeChecked();
    }

    let saved: { changes: { row: string; type: string; granted: boolean }[] } | undefined;
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'PUT') saved = await request.clone().json();
    });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    server.events.removeAllListeners();
    expect(saved?.changes).toHaveLength(withoutRo);
    expect(saved?.changes.every((cell) => cell.type === 'ro' && cell.granted)).toBe(true);
    const after = testStore.permissions.userPermissions(jdoe.id);
    expect(after.get('g-team-1000')).toEqual(['ro']);
    expect([...after.values()].filter((types) => types.includes('ro'))).toHaveLength(groups);
  });

  it('the keys reach rows not rendered yet: Ctrl+End, PageDown, Up; one Tab stop; Tab goes on to Save', async () => {
    const { user } = await openThousandGroups();
    expect(tabbable()).toEqual([checkbox('Toggle ro permission for all')]);
    checkbox('Toggle ro permission for all').focus();

    await user.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(checkbox('rw permission for team-1000')).toHaveFocus());
    expect(checkbox('rw permission for team-1000').closest('tr')).toHaveAttribute('aria-rowindex', String(groups + 1));
    expect(tabbable()).toEqual([checkbox('rw permission for team-1000')]);
    expect(bodyRows().length).toBeLessThan(allRowsUpTo);

    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(checkbox('rw permission for team-0999')).toHaveFocus());
    await user.keyboard('{Home}');
    expect(checkbox('ro permission for team-0999')).toHaveFocus();
    await user.keyboard(' ');
    expect(checkbox('ro permission for team-0999')).toBeChecked();

    await user.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(checkbox('ro permission for team-0999')).toHaveFocus();

    await user.keyboard('{Control>}{Home}{/Control}');
    expect(checkbox('Toggle ro permission for all')).toHaveFocus();
    // A page is ten rows: from the header row to the tenth group (after the demo's nine), then ten further.
    await user.keyboard('{PageDown}');
    expect(checkbox('ro permission for team-0001')).toHaveFocus();
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(checkbox('ro permission for team-0011')).toHaveFocus());
    await user.keyboard('{PageUp}{PageUp}');
    expect(checkbox('Toggle ro permission for all')).toHaveFocus();
  });

  it('moves far down by the arrow keys alone, one row at a time', async () => {
    const { user } = await openThousandGroups();
    checkbox('ro permission for admin').focus();
    // Past the rows rendered at first (a screenful and the overscan).
    await user.keyboard('{ArrowDown}'.repeat(60));
    await waitFor(() => expect(checkbox('ro permission for team-0052')).toHaveFocus());
    expect(bodyRows().length).toBeLessThan(allRowsUpTo);
  });
});
