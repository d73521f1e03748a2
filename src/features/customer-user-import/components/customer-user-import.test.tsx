import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { demoCustomerUsers, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import {
  chooseFile,
  importUrl,
  newUsersCsv,
  openImport,
  previewRow,
  resultOf,
  statusRegion,
  watchWrites,
} from './import-test-helpers';

const { jdoe, msmith, 'jane.doe': janeDoe } = demoCustomerUsers;

/** One row for each thing the preview can say, rows 2 to 12. */
const everyKindOfRow = [
  'Username,Firstname,Lastname,Email,Customer',
  'newuser,New,User,new.user@example.com,nordwind-logistics',
  `jdoe,${jdoe.firstName},${jdoe.lastName},${jdoe.email},${jdoe.customerId}`,
  `msmith,${msmith.firstName},Smith-Jones,${msmith.email},${msmith.customerId}`,
  'nofirst,,User,nofirst@example.com,nordwind-logistics',
  `longname,${'x'.repeat(101)},User,long@example.com,nordwind-logistics`,
  'bademail,Bad,Email,not-an-email,nordwind-logistics',
  'nocustomer,No,Customer,nocustomer@example.com,no-such-customer',
  'oldmill,Old,Mill,oldmill@example.com,old-mill-bakery',
  'NEWUSER,Again,User,again@example.com,nordwind-logistics',
  'other,Other,User,NEW.USER@example.com,nordwind-logistics',
  `taken,Taken,Email,${janeDoe.email},${janeDoe.customerId}`,
].join('\n');

/** A good new row, an update and a bad row. */
const addUpdateBad = [
  'Username;Email;Firstname;Lastname;Customer;City',
  'newuser;new.user@example.com;New;User;nordwind-logistics;Kiel',
  `jdoe;${jdoe.email};${jdoe.firstName};${jdoe.lastName};${jdoe.customerId};Lübeck`,
  'bad;not-an-email;Bad;Row;nordwind-logistics;',
].join('\r\n');

describe('Import Customer Users', () => {
  it('opens from "Import CSV" in the sidebar, inside the customer users\' layout', async () => {
    const { user, currentUrl } = renderApp('/customer-users');
    const actions = await screen.findByRole('region', { name: 'Actions' });
    await user.click(within(actions).getByRole('link', { name: 'Import CSV' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Import Customer Users' })).toBeInTheDocument();
    expect(currentUrl()).toBe(importUrl);
    await waitFor(() => expect(document.title).toBe('Import Customer Users – Customer User Administration'));
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Customer User Management' })).toBeInTheDocument();
    // The sidebar search stays.
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeInTheDocument();
    expect(screen.getByLabelText('CSV file')).toHaveAttribute('type', 'file');
  });

  it("previews every row: add, update, unchanged, and each kind of error in the form's words", async () => {
    const { user } = await openImport();
    await chooseFile(user, everyKindOfRow);

    expect(statusRegion()).toContainElement(
      await screen.findByText('11 rows: 1 to add, 1 to update, 1 unchanged, 8 with errors'),
    );
    expect(screen.getByRole('table', { name: 'Preview' })).toBeInTheDocument();
    expect(within(previewRow(2)).getByRole('rowheader', { name: 'newuser' })).toBeInTheDocument();
    expect(within(previewRow(2)).getByRole('cell', { name: 'New User' })).toBeInTheDocument();
    expect(resultOf(2)).toBe('add');
    expect(resultOf(3)).toBe('unchanged');
    expect(resultOf(4)).toBe('update');
    expect(resultOf(5)).toBe('Firstname: Firstname is required.');
    expect(resultOf(6)).toBe('Firstname: Firstname must be at most 100 characters.');
    expect(resultOf(7)).toBe('Email: Email must be a valid email address.');
    expect(resultOf(8)).toBe('Customer: There is no customer "no-such-customer".');
    expect(resultOf(9)).toBe('Customer: Customer "old-mill-bakery" is not valid. Choose a valid customer.');
    expect(resultOf(10)).toBe('Username: This username is already in row 2 of the file.');
    expect(resultOf(11)).toBe('Email: This email address is already in row 2 of the file.');
    expect(resultOf(12)).toBe('Email: This email address is already used by another customer user.');

    // Only the rows with errors, on request.
    await user.click(screen.getByRole('checkbox', { name: 'Show only rows with errors' }));
    const table = screen.getByRole('table', { name: 'Preview' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 8);
    expect(within(table).queryByRole('rowheader', { name: 'newuser' })).not.toBeInTheDocument();
    // Nothing was written.
    expect(testStore.customerUsers.findByLogin('newuser')).toBeUndefined();
  });

  it('imports the rows without errors and says how it went, row by row', async () => {
    const { user } = await openImport();
    await chooseFile(user, addUpdateBad);
    expect(await screen.findByText('3 rows: 1 to add, 1 to update, 0 unchanged, 1 with errors')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Import' }));

    expect(statusRegion()).toContainElement(await screen.findByText('1 customer user added, 1 updated, 1 skipped.'));
    expect(resultOf(2)).toBe('added');
    expect(resultOf(3)).toBe('updated');
    expect(resultOf(4)).toBe('not written: Email: Email must be a valid email address.');
    expect(testStore.customerUsers.findByLogin('newuser')).toMatchObject({ city: 'Kiel', validity: 'valid' });
    // Columns the file lacks keep their stored values.
    expect(testStore.customerUsers.findByLogin('jdoe')).toMatchObject({ city: 'Lübeck', comment: jdoe.comment });
    expect(testStore.customerUsers.findByLogin('bad')).toBeUndefined();
  });

  it('offers the generated passwords once, as a CSV file', async () => {
    const created: Blob[] = [];
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => {
        created.push(blob);
        return 'blob:passwords';
      },
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => {} });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      const { user } = await openImport();
      await chooseFile(user, addUpdateBad);
      await user.click(await screen.findByRole('button', { name: 'Import' }));
      expect(
        await screen.findByText(/A password was generated for the customer user added\. It is offered only now/),
      ).toBeInTheDocument();

      // Checking the file again keeps them on offer.
      await user.click(screen.getByRole('button', { name: 'Preview again' }));
      await screen.findByText('3 rows: 0 to add, 0 to update, 2 unchanged, 1 with errors');
      await user.click(screen.getByRole('button', { name: 'Download passwords' }));

      expect(
        await screen.findByText('The passwords were downloaded; this screen no longer keeps them.'),
      ).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Download passwords' })).not.toBeInTheDocument();
      expect(click).toHaveBeenCalledTimes(1);
      expect(click.mock.contexts[0]).toMatchObject({ download: 'customer-user-passwords.csv' });
      const added = testStore.customerUsers.findByLogin('newuser');
      const password = added && testStore.customerUsers.passwordOf(added.id);
      expect(password).toBeTruthy();
      const bytes = new Uint8Array((await created[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
      // UTF-8 with a byte order mark, so spreadsheets read it as UTF-8.
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes)).toBe(`Username,Password\r\nnewuser,${password}\r\n`);
    } finally {
      // revokeObjectURL stays: the download helper calls it a while after the test.
      Reflect.deleteProperty(URL, 'createObjectURL');
    }
  });

  it('writes nothing twice when run again: the rows it wrote preview as unchanged', async () => {
    const writes = watchWrites();
    const { user } = await openImport();
    await chooseFile(user, addUpdateBad);
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText('1 customer user added, 1 updated, 1 skipped.');

    await user.click(screen.getByRole('button', { name: 'Preview again' }));

    expect(await screen.findByText('3 rows: 0 to add, 0 to update, 2 unchanged, 1 with errors')).toBeInTheDocument();
    expect(resultOf(2)).toBe('unchanged');
    expect(resultOf(3)).toBe('unchanged');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(screen.getByText('No row would be added or updated, so there is nothing to import.')).toBeInTheDocument();
    expect(writes).toEqual([['newuser', 'jdoe']]);
  });

  it('reports the columns it does not import, and refuses a file without a Username column', async () => {
    const { user } = await openImport();
    await chooseFile(
      user,
      'Username,Department,Password,Email,Created,Changed, Cost centre \nnewuser,Sales,secret,new@example.com,x,y,42\n',
    );
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('Unknown columns, not imported: Department, Cost centre.');
    expect(note).toHaveTextContent('Not imported: Password. Passwords are generated for new customer users.');
    expect(note).not.toHaveTextContent('Created');
    await screen.findByText(/^1 row: 0 to add/);
    expect(resultOf(2)).toMatch(/^Firstname: Firstname is required\./);

    await chooseFile(user, 'Firstname,Lastname\nJohn,Doe\n', { name: 'names.csv' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file names.csv has no Username column, so it cannot be previewed',
    );
    expect(screen.queryByRole('table', { name: 'Preview' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
  });

  it('pages a long preview, every row reachable, and finds the rows with errors on any page', async () => {
    const lines = newUsersCsv(250).trimEnd().split('\n');
    lines[240] = 'bulk239,Bulk,User,broken-email,nordwind-logistics';
    const { user } = await openImport();
    await chooseFile(user, lines.join('\n'));
    expect(
      await screen.findByText('250 rows: 249 to add, 0 to update, 0 unchanged, 1 with errors'),
    ).toBeInTheDocument();
    const table = () => screen.getByRole('table', { name: 'Preview' });
    expect(within(table()).getAllByRole('row')).toHaveLength(101);
    const pages = screen.getByRole('navigation', { name: 'Pages of the preview' });
    expect(within(pages).getByText('Page 1 of 3')).toBeInTheDocument();
    await user.click(within(pages).getByRole('link', { name: 'Last' }));
    expect(await within(table()).findByRole('rowheader', { name: 'bulk249' })).toBeInTheDocument();
    expect(resultOf(241)).toBe('Email: Email must be a valid email address.');

    await user.click(screen.getByRole('checkbox', { name: 'Show only rows with errors' }));
    expect(within(table()).getAllByRole('row')).toHaveLength(2);
    expect(resultOf(241)).toBe('Email: Email must be a valid email address.');
  });

  it('reads a file dropped on the zone around the input', async () => {
    await openImport();
    const input = screen.getByLabelText('CSV file');
    const zone = input.parentElement;
    if (!zone) throw new Error('no drop zone');
    const file = new File([addUpdateBad], 'dropped.csv', { type: 'text/csv' });
    fireEvent.dragOver(zone, { dataTransfer: { types: ['Files'], files: [file], dropEffect: 'none' } });
    expect(screen.getByText('Drop the file to read it.')).toBeInTheDocument();
    fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(await screen.findByText('3 rows: 1 to add, 1 to update, 0 unchanged, 1 with errors')).toBeInTheDocument();
  });
});
