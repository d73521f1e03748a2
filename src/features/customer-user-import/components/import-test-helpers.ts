import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import type { ImportRequest } from '@/api/customer-user-import-schema';
import type { Locale } from '@/i18n';
import { server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

// Shared by the import screen's component tests.

export const importUrl = '/customer-users/import';

/** The import screen, once its heading is on view. */
export async function openImport(locale?: Locale) {
  const app = renderApp(importUrl, { locale });
  await screen.findByRole('heading', {
    level: 1,
    name: locale === 'de' ? 'Kundenbenutzer importieren' : 'Import Customer Users',
  });
  return app;
}

/** Chooses a file with the "CSV file" input, as the admin would. */
export async function chooseFile(user: UserEvent, text: string, { label = 'CSV file', name = 'users.csv' } = {}) {
  await user.upload(screen.getByLabelText(label), new File([text], name, { type: 'text/csv' }));
}

/** A file of `count` new customer users, rows 2 to count + 1 (`bulk0` is row 2). */
export function newUsersCsv(count: number): string {
  const lines = ['Username,Firstname,Lastname,Email,Customer'];
  for (let index = 0; index < count; index++)
    lines.push(`bulk${index},Bulk,User ${index},bulk${index}@example.com,nordwind-logistics`);
  return `${lines.join('\n')}\n`;
}

/**
 * The screen's live region (counts, summary), whose text is the given message: it is there from the
 * start, so what is said into it is heard.
 */
export function statusRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('main [role="status"][tabindex="-1"]');
  if (!region) throw new Error('no status region');
  return region;
}

/** The preview table's row of a file row, by its row number. */
export function previewRow(line: number, caption = 'Preview'): HTMLElement {
  const table = screen.getByRole('table', { name: caption });
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryAllByRole('cell')[0]?.textContent === String(line));
  if (!row) throw new Error(`no preview row ${line}`);
  return row;
}

/** What the preview's Result column says of a file row. */
export function resultOf(line: number, caption = 'Preview'): string {
  return within(previewRow(line, caption)).getAllByRole('cell').at(-1)?.textContent ?? '';
}

/**
 * Watches the import's writes (not its dry runs): the usernames each one sent. `answer` may answer the
 * n-th write (1-based) itself, or hold it; returning nothing lets the mock API answer.
 */
export function watchWrites(
  answer: (write: number) => Promise<Response | undefined> | Response | undefined = () => undefined,
) {
  const writes: string[][] = [];
  server.use(
    http.post('/api/customer-users/import', async ({ request }) => {
      const body = (await request.clone().json()) as ImportRequest;
      if (body.dryRun) return undefined;
      writes.push(body.rows.map((row) => row.login ?? ''));
      return answer(writes.length);
    }),
  );
  return writes;
}

export const serverFault = () =>
  HttpResponse.json(
    { code: 'demo.fault_writes', params: {}, message: 'Simulated fault: writes fail.' },
    { status: 500 },
  );
