import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoCustomerUsers, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const { jdoe, 'jane.doe': janeDoe } = demoCustomerUsers;

function current(id: string) {
  const result = testStore.customerUsers.get(id);
  if (!result.ok) throw new Error(`no customer user ${id}`);
  return result.value;
}

function rowOf(login: string) {
  const box = screen.getByRole('checkbox', { name: `Select ${login}` });
  const row = box.closest('tr');
  if (!row) throw new Error(`no row of ${login}`);
  return row;
}

async function openListAndSelect(...logins: string[]) {
  const app = renderApp('/customer-users?search=doe');
  await screen.findByRole('table', { name: /^List \(/ });
  for (const login of logins) await app.user.click(screen.getByRole('checkbox', { name: `Select ${login}` }));
  return app;
}

describe('validity for many at once', () => {
  it('sets the selected rows invalid after asking, and says how many', async () => {
    const { user } = await openListAndSelect('jdoe', 'jane.doe');
    const bar = screen.getByRole('region', { name: 'Selected customer users' });
    expect(within(bar).getByText('2 selected')).toBeInTheDocument();
    await user.selectOptions(within(bar).getByRole('combobox', { name: 'Set validity to' }), 'invalid');
    const apply = within(bar).getByRole('button', { name: 'Apply' });
    await user.click(apply);

    const dialog = screen.getByRole('dialog', { name: 'Set validity of 2 customer users?' });
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));

    await waitFor(() => expect(screen.getByText('2 customer users updated.')).toHaveAttribute('role', 'status'));
    await waitFor(() => expect(within(rowOf('jdoe')).getByRole('cell', { name: 'invalid' })).toBeInTheDocument());
    expect(within(rowOf('jane.doe')).getByRole('cell', { name: 'invalid' })).toBeInTheDocument();
    expect(current(jdoe.id).validity).toBe('invalid');
    expect(current(janeDoe.id).validity).toBe('invalid');
    // The selection is cleared.
    expect(screen.queryByRole('region', { name: 'Selected customer users' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select jdoe' })).not.toBeChecked();
  });

  it('reports a row changed by someone else meanwhile by username, and does not overwrite it', async () => {
    const { user } = await openListAndSelect('jdoe', 'jane.doe');
    // Another admin edits jdoe after it was selected.
    const { id: _id, createdAt, createdBy, changedAt, changedBy, ...fields } = current(jdoe.id);
    const edit = await fetch(new URL(`/api/customer-users/${jdoe.id}`, window.location.href), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...fields, comment: 'Changed by someone else' }),
    });
    expect(edit.status).toBe(200);

    const bar = screen.getByRole('region', { name: 'Selected customer users' });
    await user.selectOptions(within(bar).getByRole('combobox', { name: 'Set validity to' }), 'invalid');
    await user.click(within(bar).getByRole('button', { name: 'Apply' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Apply' }));

    expect(
      await screen.findByText(
        '1 customer user updated. 1 customer user was changed by someone else meanwhile and was not updated: jdoe.',
      ),
    ).toHaveAttribute('role', 'status');
    await waitFor(() => expect(within(rowOf('jane.doe')).getByRole('cell', { name: 'invalid' })).toBeInTheDocument());
    expect(within(rowOf('jdoe')).getByRole('cell', { name: 'valid' })).toBeInTheDocument();
    expect(current(jdoe.id)).toMatchObject({ validity: 'valid', comment: 'Changed by someone else' });
    expect(current(janeDoe.id).validity).toBe('invalid');
  });

  it('changes nothing when the dialog is cancelled, by Cancel or Esc, and gives focus back to Apply', async () => {
    const { user } = await openListAndSelect('jdoe');
    const bar = screen.getByRole('region', { name: 'Selected customer users' });
    await user.selectOptions(within(bar).getByRole('combobox', { name: 'Set validity to' }), 'invalid');
    const apply = within(bar).getByRole('button', { name: 'Apply' });

    await user.click(apply);
    const dialog = screen.getByRole('dialog', { name: 'Set validity of 1 customer user?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(apply).toHaveFocus();

    await user.click(apply);
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(apply).toHaveFocus();

    expect(current(jdoe.id).validity).toBe('valid');
    expect(screen.getByRole('checkbox', { name: 'Select jdoe' })).toBeChecked();
    expect(within(bar).getByText('1 selected')).toBeInTheDocument();
  });

  it('selects every row shown with "Select all shown", and unselects them again', async () => {
    const { user } = renderApp('/customer-users');
    const table = await screen.findByRole('table', { name: /^List \(/ });
    const all = screen.getByRole('checkbox', { name: 'Select all shown' });
    await user.click(all);
    const boxes = within(table)
      .getAllByRole('checkbox')
      .filter((box) => box !== all);
    expect(boxes).toHaveLength(50);
    for (const box of boxes) expect(box).toBeChecked();
    expect(screen.getByText('50 selected')).toBeInTheDocument();

    await user.click(boxes[0] as HTMLElement);
    expect(all).not.toBeChecked();
    expect((all as HTMLInputElement).indeterminate).toBe(true);
    await user.click(all);
    await user.click(all);
    expect(screen.queryByRole('region', { name: 'Selected customer users' })).not.toBeInTheDocument();
  });

  it('speaks German', async () => {
    const { user } = renderApp('/customer-users?search=doe', { locale: 'de' });
    await screen.findByRole('table', { name: /^Liste \(/ });
    await user.click(screen.getByRole('checkbox', { name: 'jdoe auswählen' }));
    const bar = screen.getByRole('region', { name: 'Ausgewählte Kundenbenutzer' });
    expect(within(bar).getByText('1 ausgewählt')).toBeInTheDocument();
    expect(within(bar).getByRole('combobox', { name: 'Gültigkeit setzen auf' })).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Anwenden' }));
    const dialog = screen.getByRole('dialog', { name: 'Gültigkeit von 1 Kundenbenutzer setzen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Anwenden' }));
    expect(await screen.findByText('1 Kundenbenutzer aktualisiert.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Alle angezeigten auswählen' })).toBeInTheDocument();
  });
});
