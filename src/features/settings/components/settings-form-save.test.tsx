import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { delay, HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultApiTimeouts, setApiTimeouts } from '@/api/api-client';
import { server, testStore } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

/** Answers the settings saves in turn with the given answers (then lets them through), noting each key. */
function answerSaves(...answers: (() => Response | Promise<Response>)[]) {
  const keys: (string | null)[] = [];
  server.use(
    http.put('/api/settings', async ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key'));
      const answer = answers[keys.length - 1];
      return answer ? answer() : undefined;
    }),
  );
  return keys;
}

const hang = async () => {
  await delay('infinite');
  return new Response();
};

async function openWithLimit(limit: string) {
  const view = renderApp('/settings');
  const input = await screen.findByRole('spinbutton', { name: 'List limit' }, { timeout: 5000 });
  await view.user.clear(input);
  await view.user.type(input, limit);
  return { ...view, input };
}

describe('Settings form when the save fails', () => {
  afterEach(() => setApiTimeouts(defaultApiTimeouts));

  it('offers the list limit the contract allows', async () => {
    renderApp('/settings');
    const input = await screen.findByRole('spinbutton', { name: 'List limit' }, { timeout: 5000 });
    expect(input).toHaveAttribute('min', '1');
    expect(input).toHaveAttribute('max', '10000');
  });

  it('says a server fault in a sentence, keeps the input, and Try again saves with the same key', async () => {
    const keys = answerSaves(() => HttpResponse.json({ message: 'Internal Server Error' }, { status: 500 }));
    const { user, input } = await openWithLimit('250');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The server had a fault and did not save. Your input is kept; try again.');
    expect(summary).not.toHaveTextContent('Internal Server Error');
    expect(input).toHaveValue(250);

    await user.click(within(summary).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(testStore.settings.listLimit).toBe(250);
  });

  it('says the server did not answer in time, and Try again sends the same idempotency key', async () => {
    setApiTimeouts({ writeMs: 60 });
    const keys = answerSaves(hang);
    const { user, input } = await openWithLimit('300');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The server did not answer in time');
    expect(input).toHaveValue(300);

    await user.click(within(summary).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(keys).toEqual([keys[0], keys[0]]);
  });

  it('sends one request for two quick submits', async () => {
    const keys = answerSaves();
    const { input } = await openWithLimit('400');
    const form = input.closest('form') as HTMLFormElement;
    fireEvent.submit(form);
    fireEvent.submit(form);
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(keys).toHaveLength(1);
  });

  it('cancels a save in flight and keeps the input', async () => {
    answerSaves(hang);
    const { user, input } = await openWithLimit('500');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The save was cancelled. Your input is kept');
    expect(input).toHaveValue(500);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Cancel save' })).not.toBeInTheDocument());
  });

  it('shows a list limit out of range on the field, and sends nothing', async () => {
    const keys = answerSaves();
    const { user, input } = await openWithLimit('0');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const message = 'List limit must be a whole number from 1 to 10000.';
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveValue(0);
    expect(keys).toHaveLength(0);
  });

  it("shows the server's field error on the field", async () => {
    const message = 'The list limit is too large for this server.';
    answerSaves(() => HttpResponse.json({ message: 'Invalid', errors: { listLimit: message } }, { status: 400 }));
    const { user, input } = await openWithLimit('9000');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(input).toHaveValue(9000);
    expect(testStore.settings.listLimit).not.toBe(9000);
  });
});
