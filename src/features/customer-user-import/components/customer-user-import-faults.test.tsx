import { screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, testStore } from '@/testing/mock-api';
import {
  chooseFile,
  newUsersCsv,
  openImport,
  resultOf,
  serverFault,
  statusRegion,
  watchWrites,
} from './import-test-helpers';

/** bulk0…bulk449 are rows 2…451; writes go 200 rows at a time. */
const rowCount = 450;
const written = (index: number) => testStore.customerUsers.findByLogin(`bulk${index}`) !== undefined;

describe('an import cut short', () => {
  it('stops after the batch in flight on Cancel, and says exactly which rows were written', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const writes = watchWrites(async (write) => {
      if (write === 1) await held;
      return undefined;
    });
    const { user } = await openImport();
    await chooseFile(user, newUsersCsv(rowCount));
    await screen.findByText('450 rows: 450 to add, 0 to update, 0 unchanged, 0 with errors');

    await user.click(screen.getByRole('button', { name: 'Import' }));
    const progress = await screen.findByRole('progressbar', { name: 'Import progress' });
    expect(progress).toHaveAttribute('max', '450');
    expect(screen.getByText('0 of 450 rows')).toBeInTheDocument();
    expect(screen.getByLabelText('CSV file')).toBeDisabled();
    await waitFor(() => expect(writes).toHaveLength(1));
    // Import is gone: focus is on Cancel.
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText(/^Cancelling: the rows being written now are finished first/)).toBeInTheDocument();
    release();

    expect(statusRegion()).toContainElement(
      await screen.findByText('Import cancelled. Written: rows 2–201. Not written: rows 202–451.'),
    );
    // Cancel is gone too: focus is on what the import did.
    expect(document.activeElement).toHaveTextContent('Import cancelled.');
    expect(writes).toHaveLength(1);
    expect(written(0) && written(199)).toBe(true);
    expect(written(200) || written(449)).toBe(false);
    expect(resultOf(2)).toBe('added');
  });

  it('says which rows a failed batch may have written, and running it again writes none twice', async () => {
    const writes = watchWrites((write) => (write === 2 ? serverFault() : undefined));
    const { user } = await openImport();
    await chooseFile(user, newUsersCsv(rowCount));
    await user.click(await screen.findByRole('button', { name: 'Import' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The import stopped: Simulated fault: writes fail.');
    expect(alert).toHaveTextContent(
      'Written: rows 2–201. Perhaps written (their request failed before its answer): rows 202–401. Not written: rows 402–451.',
    );
    expect(alert).toHaveTextContent(
      'Running the import again writes no row twice: Preview again shows the rows already written as unchanged.',
    );
    expect(writes).toHaveLength(2);
    expect(written(0)).toBe(true);
    expect(written(200) || written(400)).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Preview again' }));
    expect(
      await screen.findByText('450 rows: 250 to add, 0 to update, 200 unchanged, 0 with errors'),
    ).toBeInTheDocument();
    expect(resultOf(2)).toBe('unchanged');

    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('250 customer users added, 0 updated, 200 skipped.')).toBeInTheDocument();
    const again = writes.slice(2).flat();
    expect(again).toHaveLength(250);
    expect(again.filter((login) => writes[0]?.includes(login))).toEqual([]);
    expect(written(449)).toBe(true);
  });

  it('keeps the preview when the check fails, and checks again on Try again', async () => {
    let failing = true;
    server.use(http.post('/api/customer-users/import', () => (failing ? serverFault() : undefined)));
    const { user } = await openImport();
    await chooseFile(user, newUsersCsv(3));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The rows could not be checked.');
    expect(alert).toHaveTextContent('Simulated fault: writes fail.');
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('3 rows: 3 to add, 0 to update, 0 unchanged, 0 with errors')).toBeInTheDocument();
  });
});
