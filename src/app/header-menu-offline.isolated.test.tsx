import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { paths } from '@/config/paths';
import { renderApp } from '@/testing/render-app';

// As when the browser is offline the first time the menu opens: its settings' code does not load.
vi.mock('./header-settings', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('the header menu when its settings cannot load', () => {
  it('says so inside the menu, offers Try again, and keeps the screen', async () => {
    // React reports the error the boundary caught.
    vi.mocked(console.error).mockImplementation(() => {});
    const { user } = renderApp(paths.settings.href());
    await user.click(await screen.findByRole('button', { name: 'Menu' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The menu could not load.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Settings', level: 1 })).toBeInTheDocument();
  });
});
