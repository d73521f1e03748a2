import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerUserListQuery } from '@/api/customer-user-schema';
import { englishCustomerUserCsvHeader, germanCustomerUserCsvHeader } from '@/testing/customer-user-csv-header';
import { demoCustomerUsers, server, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

interface Download {
  name: string;
  file: Blob;
}

let downloads: Download[];
let exportRequests: URLSearchParams[];
/** Export pages (by offset) held back until released, and export pages that fail once. */
let heldPages: Map<string, Promise<void>>;
let failingPages: Set<string>;

beforeEach(() => {
  downloads = [];
  exportRequests = [];
  heldPages = new Map();
  failingPages = new Set();
  // jsdom has no object URLs and does not download: the file handed to the anchor is kept here instead.
  const files = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((file: Blob) => {
    const url = `blob:test/${files.size}`;
    files.set(url, file);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const file = files.get(this.href);
    if (this.download && file) downloads.push({ name: this.download, file });
  });
  // Notes each page the export asks for (1000 at a time; the list's own pages are 50), holds or fails it
  // when a test says so, and otherwise lets the mock API answer.
  server.use(
    http.get('/api/customer-users', async ({ request }) => {
      const params = new URL(request.url).searchParams;
      if (params.get('limit') !== '1000') return;
      exportRequests.push(params);
      const offset = params.get('offset') ?? '';
      if (failingPages.delete(offset)) return HttpResponse.json({ message: 'Database down.' }, { status: 500 });
      await heldPages.get(offset);
    }),
  );
});

/** Every match of a list query, in its order, straight from the mock API's store. */
function storeMatches(query: Omit<CustomerUserListQuery, 'offset' | 'limit'>) {
  const { total } = testStore.customerUsers.list({ ...query, offset: 0, limit: 1 });
  const users = [];
  for (let offset = 0; offset < total; offset += 1000) {
    users.push(...testStore.customerUsers.list({ ...query, offset, limit: 1000 }).items);
  }
  return users;
}

/** The one file downloaded: its name, whether it starts with the UTF-8 BOM, and its records as a spreadsheet reads them. */
async function downloadedCsv() {
  await waitFor(() => expect(downloads).toHaveLength(1));
  const [download] = downloads;
  if (!download) throw new Error('nothing was downloaded');
  const bytes = new Uint8Array(await download.file.arrayBuffer());
  const text = await download.file.text();
  const parsed = Papa.parse<string[]>(text, { newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...records] = parsed.data.filter((record) => !(record.length === 1 && record[0] === ''));
  return {
    name: download.name,
    type: download.file.type,
    bom: [...bytes.slice(0, 3)],
    header,
    records,
    column: (label: string) => records.map((record) => record[header.indexOf(label)]),
  };
}

/** Holds the export's page at `offset` until `release` is called; the mock API answers it then. */
function holdPage(offset: number) {
  let release = () => {};
  heldPages.set(
    String(offset),
    new Promise<void>((resolve) => {
      release = resolve;
    }),
  );
  return { release };
}

function setComment(customerUserId: string, comment: string) {
  const current = testStore.customerUsers.get(customerUserId);
  if (!current.ok) throw new Error(`no customer user ${customerUserId}`);
  const { id, createdAt, createdBy, changedAt, changedBy, ...fields } = current.value;
  if (!testStore.customerUsers.update(id, { ...fields, comment }).ok) throw new Error('could not save');
}

const exportButton = () => screen.getByRole('button', { name: 'Export CSV' });

describe('Export CSV', () => {
  it('downloads exactly the matches of the search, validity filter and order, as labelled CSV', async () => {
    setComment(demoCustomerUsers.jdoe.id, '=HYPERLINK("http://evil.example","click")');
    const query = { search: 'e', validity: 'valid', sort: '-email' } as const;
    const expected = storeMatches(query);
    expect(expected.length).toBeGreaterThan(50);
    const { user } = renderApp('/customer-users?search=e&validity=valid&sort=-email');
    await screen.findByRole('heading', { name: `List (${expected.length} total)` });

    await user.click(exportButton());
    expect(
      await screen.findByText(`Exported ${expected.length} customer users.`, { selector: '[role="status"]' }),
    ).toBeInTheDocument();
    const csv = await downloadedCsv();
    expect(csv.name).toMatch(/^customer-users-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.type).toBe('text/csv;charset=utf-8');
    expect(csv.bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.header).toEqual(englishCustomerUserCsvHeader);
    expect(csv.column('Username')).toEqual(expected.map((match) => match.login));
    expect(csv.column('Email')).toEqual(expected.map((match) => match.email));
    expect(new Set(csv.column('Validity'))).toEqual(new Set(['valid']));
    expect(csv.column('Created')).toEqual(expected.map((match) => match.createdAt));
    expect(csv.records.every((record) => record.length === csv.header.length)).toBe(true);
    // A formula is written as text.
    expect(csv.column('Comment')[csv.column('Username').indexOf('jdoe')]).toBe(
      '\'=HYPERLINK("http://evil.example","click")',
    );
    expect(exportRequests.map((params) => Object.fromEntries(params))).toEqual([
      { search: 'e', validity: 'valid', sort: '-email', offset: '0', limit: '1000' },
    ]);
    expect(exportButton()).toHaveAttribute('aria-disabled', 'false');
  });

  it('gets every match beyond the list limit, 1000 at a time', async () => {
    testStore.reset({ kind: 'generated', customerUsers: 2345 });
    const { user } = renderApp('/customer-users');
    await screen.findByRole('heading', { name: 'List (only 1000 shown — more available)' });

    await user.click(exportButton());
    expect(await screen.findByText('Exported 2345 customer users.')).toHaveRole('status');
    const csv = await downloadedCsv();
    expect(csv.records).toHaveLength(2345);
    expect(csv.column('Username')).toEqual(storeMatches({ search: '', sort: 'login' }).map((match) => match.login));
    expect(exportRequests.map((params) => [params.get('offset'), params.get('limit')])).toEqual([
      ['0', '1000'],
      ['1000', '1000'],
      ['2000', '1000'],
    ]);
  });

  it('shows its progress while it runs, and the button does nothing meanwhile', async () => {
    testStore.reset({ kind: 'generated', customerUsers: 2345 });
    const secondPage = holdPage(1000);
    const { user } = renderApp('/customer-users');
    await screen.findByRole('heading', { name: 'List (only 1000 shown — more available)' });

    await user.click(exportButton());
    const progress = await screen.findByRole('progressbar', { name: 'Export progress' });
    await waitFor(() => expect(progress).toHaveAttribute('value', '1000'));
    expect(progress).toHaveAttribute('max', '2345');
    expect(progress).toHaveAccessibleDescription('1000 of 2345 customer users');
    expect(screen.getByText('1000 of 2345 customer users')).toBeVisible();
    expect(exportButton()).toHaveAttribute('aria-disabled', 'true');
    await user.click(exportButton());
    expect(exportRequests).toHaveLength(2);

    secondPage.release();
    expect(await screen.findByText('Exported 2345 customer users.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(downloads).toHaveLength(1);
    expect(exportRequests).toHaveLength(3);
    expect(exportButton()).toHaveAttribute('aria-disabled', 'false');
  });

  it('stops on Cancel export and downloads nothing', async () => {
    testStore.reset({ kind: 'generated', customerUsers: 2345 });
    const secondPage = holdPage(1000);
    const { user } = renderApp('/customer-users');
    await screen.findByRole('heading', { name: 'List (only 1000 shown — more available)' });

    await user.click(exportButton());
    await screen.findByText('1000 of 2345 customer users');
    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(await screen.findByText('Export cancelled. Nothing was downloaded.')).toHaveRole('status');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(exportButton()).toHaveAttribute('aria-disabled', 'false');

    secondPage.release();
    // Long enough for the rest of the pages to have come, had the export gone on.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(exportRequests).toHaveLength(2);
    expect(URL.createObjectURL).not.toHaveBeenCalled();
    expect(downloads).toEqual([]);
  });

  it('says why a page failed, downloads nothing, and Try again goes on to the whole file', async () => {
    testStore.reset({ kind: 'generated', customerUsers: 2345 });
    failingPages.add('1000');
    const { user } = renderApp('/customer-users');
    await screen.findByRole('heading', { name: 'List (only 1000 shown — more available)' });

    await user.click(exportButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The export failed. Nothing was downloaded.');
    expect(alert).toHaveTextContent('Database down.');
    expect(downloads).toEqual([]);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(exportButton()).toHaveAttribute('aria-disabled', 'false');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Exported 2345 customer users.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const csv = await downloadedCsv();
    expect(csv.records).toHaveLength(2345);
    expect(new Set(csv.column('Username')).size).toBe(2345);
    // It went on from the failed page: the first one was not asked for twice.
    expect(exportRequests.map((params) => params.get('offset'))).toEqual(['0', '1000', '1000', '2000']);
  });

  it('starts afresh on the next click, with the search then on view', async () => {
    const { user } = renderApp('/customer-users?search=doe');
    await screen.findByRole('heading', { name: 'List (2 total)' });
    await user.click(exportButton());
    expect(await screen.findByText('Exported 2 customer users.')).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'jdoe{Enter}');
    await screen.findByRole('heading', { name: 'List (1 total)' });
    await user.click(exportButton());
    expect(await screen.findByText('Exported 1 customer user.')).toBeInTheDocument();
    await waitFor(() => expect(downloads).toHaveLength(2));
    const second = await downloads[1]?.file.text();
    expect(second?.split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  it('speaks German: button, labels, validities, progress and outcome', async () => {
    const { user } = renderApp('/customer-users?search=doe', { locale: 'de' });
    await screen.findByRole('heading', { name: 'Liste (2 insgesamt)' });

    await user.click(screen.getByRole('button', { name: 'CSV exportieren' }));
    expect(await screen.findByText('2 Kundenbenutzer exportiert.')).toHaveRole('status');
    const csv = await downloadedCsv();
    expect(csv.header).toEqual(germanCustomerUserCsvHeader);
    expect(csv.column('Benutzername')).toEqual(['jane.doe', 'jdoe']);
    expect(csv.column('Gültigkeit')).toContain('gültig');
  });

  it('shows its progress in German', async () => {
    testStore.reset({ kind: 'generated', customerUsers: 12_345 });
    const secondPage = holdPage(1000);
    const { user } = renderApp('/customer-users', { locale: 'de' });
    await screen.findByRole('heading', { name: 'Liste (nur 1000 angezeigt – mehr verfügbar)' });

    await user.click(screen.getByRole('button', { name: 'CSV exportieren' }));
    const progress = await screen.findByRole('progressbar', { name: 'Exportfortschritt' });
    await waitFor(() => expect(progress).toHaveAccessibleDescription('1000 von 12.345 Kundenbenutzern'));
    await user.click(screen.getByRole('button', { name: 'Export abbrechen' }));
    expect(await screen.findByText('Export abgebrochen. Es wurde nichts heruntergeladen.')).toBeInTheDocument();
    secondPage.release();
  });
});
