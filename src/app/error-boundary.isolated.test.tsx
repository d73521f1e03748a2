import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyScreen } from '@/lib/lazy-screen';
import { renderApp } from '@/testing/render-app';
import { ErrorBoundary } from './error-boundary';

// The Settings screen's code fails to load once (as offline), then loads.
const offline = vi.hoisted(() => ({ failures: 0 }));
vi.mock('@/features/settings/routes/screens', async (importOriginal) => {
  const { SettingsScreen } = await importOriginal<typeof import('@/features/settings/routes/screens')>();
  const { lazyScreen: lazily } = await import('@/lib/lazy-screen');
  return {
    SettingsScreen: lazily(async () => {
      if (offline.failures > 0) {
        offline.failures -= 1;
        throw new TypeError('Failed to fetch dynamically imported module');
      }
      await SettingsScreen.preload();
      return SettingsScreen;
    }),
  };
});

describe('a screen whose code fails to load', () => {
  beforeEach(() => {
    // React reports an error its boundary caught on the console; here that is expected.
    vi.mocked(console.error).mockImplementation(() => {});
  });

  it('shows the error inside the app, header and navigation kept, and Try again loads it anew', async () => {
    offline.failures = 1;
    const { user } = renderApp('/settings');
    const failure = await screen.findByRole('alert');
    expect(failure).toHaveTextContent('The screen could not be shown: Failed to fetch dynamically imported module');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByText('Customer User Administration')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('lazyScreen imports again after a failure, where React.lazy would keep it', async () => {
    const load = vi
      .fn<() => Promise<() => React.JSX.Element>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(() => <p>Arrived</p>);
    const Later = lazyScreen(load);
    render(
      <ErrorBoundary>
        <Suspense fallback={<p>Loading…</p>}>
          <Later />
        </Suspense>
      </ErrorBoundary>,
    );
    const failure = await screen.findByRole('alert');
    expect(within(failure).getByText(/offline/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Arrived')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
