import { fireEvent, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { demoCustomerUsers, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const { jdoe } = demoCustomerUsers;
const city = () => screen.getByRole('textbox', { name: 'City' });

/** Answers jdoe's saves in turn with the given answers (then lets them through), counting them. */
function answerSaves(...answers: (() => Response)[]) {
  const seen: string[] = [];
  server.use(
    http.put('/api/customer-users/:customerUserId', ({ request }) => {
      seen.push(request.headers.get('Idempotency-Key') ?? '');
      return answers[seen.length - 1]?.();
    }),
  );
  return seen;
}

async function openEdit() {
  const view = renderApp(paths.customerUsers.edit.href({ customerUserId: jdoe.id }));
  await screen.findByRole('heading', { name: /^Edit Customer User:/ }, { timeout: 5000 });
  await view.user.clear(city());
  await view.user.type(city(), 'Lisbon');
  return view;
}

describe('customer user form when the server fails', () => {
  it.each([
    [403, 'You are not allowed to save this. Your input is kept.'],
    [404, 'This record no longer exists, so it was not saved. Your input is kept.'],
    [503, 'The server had a fault and did not save. Your input is kept; try again.'],
  ])('says what a %i means in a sentence, keeping the input', async (status, sentence) => {
    answerSaves(() => new HttpResponse(null, { status }));
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Not saved' })).toBeInTheDocument();
    expect(summary).toHaveTextContent(sentence);
    expect(city()).toHaveValue('Lisbon');
  });

  it('still lists the fields of a 400 as problems with the input', async () => {
    answerSaves(() => HttpResponse.json({ errors: { city: 'City is too long.' } }, { status: 400 }));
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is 1 problem with the input');
    expect(within(summary).getByRole('link', { name: 'City is too long.' })).toBeInTheDocument();
  });

  it('sends one request for two quick submits', async () => {
    const seen = answerSaves();
    await openEdit();
    const form = city().closest('form') as HTMLFormElement;
    fireEvent.submit(form);
    fireEvent.submit(form);
    expect(await screen.findByText('Customer user updated!')).toBeInTheDocument();
    expect(seen).toHaveLength(1);
  });
});
