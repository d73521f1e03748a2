import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const checkbox = (name: string) => screen.getByRole('checkbox', { name });
const tabbable = () =>
  within(screen.getByRole('table'))
    .getAllByRole('checkbox')
    .filter((box) => box.tabIndex === 0);

async function open(url: string, name: string) {
  const app = renderApp(url);
  // The first screen of a file loads its lazy modules: give it longer than the default second.
  await screen.findByRole('checkbox', { name }, { timeout: 5000 });
  return app;
}

const openUserGroups = () =>
  open(paths.customerUsers.groups.href({ customerUserId: demoCustomerUsers.jdoe.id }), 'rw permission for support');

describe('the permission matrix by keyboard', () => {
  it('is one Tab stop, moved by the arrow keys, Home and End; Space ticks; Tab goes on to Save', async () => {
    const { user } = await openUserGroups();
    expect(tabbable()).toEqual([checkbox('Toggle ro permission for all')]);

    await user.click(screen.getByRole('searchbox', { name: 'Filter groups' }));
    await user.tab();
    expect(checkbox('Toggle ro permission for all')).toHaveFocus();

    await user.keyboard('{ArrowDown}');
    expect(checkbox('ro permission for admin')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(checkbox('rw permission for admin')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(checkbox('rw permission for billing')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(checkbox('ro permission for billing')).toHaveFocus();
    await user.keyboard('{End}');
    expect(checkbox('rw permission for billing')).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(checkbox('rw permission for support')).toHaveFocus();
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(checkbox('Toggle ro permission for all')).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(checkbox('ro permission for billing')).toHaveFocus();

    expect(checkbox('ro permission for billing')).not.toBeChecked();
    await user.keyboard(' ');
    expect(checkbox('ro permission for billing')).toBeChecked();
    expect(tabbable()).toEqual([checkbox('ro permission for billing')]);

    await user.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(checkbox('ro permission for billing')).toHaveFocus();
  });

  it('skips the locked rows of default groups', async () => {
    const { user } = await open(
      paths.customers.groups.href({ customerId: 'atlas-medical' }),
      'rw permission for support (Same Customer)',
    );
    expect(checkbox('ro permission for users (Same Customer)')).toBeDisabled();
    checkbox('ro permission for support (Same Customer)').focus();
    await user.keyboard('{ArrowDown}');
    expect(checkbox('ro permission for support (Same Customer)')).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(checkbox('rw permission for support (Same Customer)')).toHaveFocus();
  });

  it('keeps the Tab stop on a box still shown when the filter hides its row', async () => {
    const { user } = await openUserGroups();
    await user.click(checkbox('rw permission for billing'));
    expect(tabbable()).toEqual([checkbox('rw permission for billing')]);

    await user.type(screen.getByRole('searchbox', { name: 'Filter groups' }), 'sa*');
    await waitFor(() => expect(tabbable()).toEqual([checkbox('Toggle ro permission for all')]));
    await user.tab();
    expect(checkbox('Toggle ro permission for all')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(checkbox('ro permission for sales')).toHaveFocus();
  });
});
