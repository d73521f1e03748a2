import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { delay, HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultApiTimeouts, setApiTimeouts } from '@/api/api-client';
import { server, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

/** Answers the save of atlas-medical in turn with the given answers (then lets it through), noting each key. */
function answerSaves(...answers: (() => Response | Promise<Response>)[]) {
  const keys: (string | null)[] = [];
  server.use(
    http.put('/api/customers/:customerId', async ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key'));
      const answer = answers[keys.length - 1];
      return answer ? answer() : undefined;
    }),
  );
  return keys;
}

async function openEdit() {
  const view = renderApp('/customers/atlas-medical');
  await screen.findByRole('heading', { name: 'Edit Customer: atlas-medical' }, { timeout: 5000 });
  const city = screen.getByRole('textbox', { name: 'City' });
  await view.user.clear(city);
  await view.user.type(city, 'Hamburg');
  return view;
}

const hang = async () => {
  await delay('infinite');
  return new Response();
};

describe('Customer form when the server fails', () => {
  afterEach(() => setApiTimeouts(defaultApiTimeouts));

  it('says a server fault in a sentence, not as a problem with the input, keeps the input and tries again', async () => {
    const keys = answerSaves(() => HttpResponse.json({ message: 'Internal Server Error' }, { status: 500 }));
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The server had a fault and did not save. Your input is kept; try again.');
    expect(summary).not.toHaveTextContent(/problem/);
    expect(summary).not.toHaveTextContent('Internal Server Error');
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveValue('Hamburg');

    await user.click(within(summary).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Customer updated!')).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(testStore.customers.get('atlas-medical')).toMatchObject({ value: { city: 'Hamburg' } });
  });

  it('says the server did not answer in time, and Try again sends the same idempotency key', async () => {
    setApiTimeouts({ writeMs: 60 });
    const keys = answerSaves(hang);
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The server did not answer in time');
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveValue('Hamburg');

    await user.click(within(summary).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Customer updated!')).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('says when the server cannot be reached', async () => {
    answerSaves(() => HttpResponse.error());
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server cannot be reached');
  });

  it('sends one request for two quick submits (two Enters)', async () => {
    const keys = answerSaves();
    await openEdit();
    const form = screen.getByRole('textbox', { name: 'City' }).closest('form') as HTMLFormElement;
    fireEvent.submit(form);
    fireEvent.submit(form);
    expect(await screen.findByText('Customer updated!')).toBeInTheDocument();
    expect(keys).toHaveLength(1);
  });

  it('cancels a save in flight, keeping the input, and asks before leaving while it saves', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    answerSaves(hang);
    const { user, currentUrl } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saving…');

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    expect(confirm).toHaveBeenCalled();
    expect(currentUrl()).toBe('/customers/atlas-medical');

    await user.click(screen.getByRole('button', { name: 'Cancel save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The save was cancelled. Your input is kept');
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveValue('Hamburg');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Cancel save' })).not.toBeInTheDocument());
  });
});
