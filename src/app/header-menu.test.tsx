import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { renderApp } from '@/testing/render-app';

/** As a phone would be: the test setup's matchMedia answers from innerWidth. */
function resizeViewport(width: number) {
  act(() => {
    window.innerWidth = width;
    window.dispatchEvent(new Event('resize'));
  });
}

function menuPanel(menuButton: HTMLElement): HTMLElement {
  const panel = document.getElementById(menuButton.getAttribute('aria-controls') ?? '');
  if (!panel) throw new Error('The menu button controls no element.');
  return panel;
}

describe('the header menu', () => {
  it('opens and closes by its button; Esc closes it and puts focus back on the button', async () => {
    const { user } = renderApp(paths.settings.href());
    const menuButton = screen.getByRole('button', { name: 'Menu' });
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox', { name: 'Theme' })).not.toBeInTheDocument();

    await user.click(menuButton);
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    const panel = menuPanel(menuButton);
    // The menu's settings load with its first opening.
    expect(await within(panel).findByRole('combobox', { name: 'Theme' })).toBeVisible();
    expect(within(panel).getByRole('button', { name: 'Demo panel' })).toBeVisible();
    expect(within(panel).getByText('Demo data')).toBeVisible();

    await user.click(within(panel).getByRole('combobox', { name: 'Theme' }));
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton).toHaveFocus();
    expect(screen.queryByRole('combobox', { name: 'Theme' })).not.toBeInTheDocument();

    await user.click(menuButton);
    await user.click(menuButton);
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on a click outside it, and when focus moves on past it', async () => {
    const { user } = renderApp(paths.settings.href());
    const menuButton = screen.getByRole('button', { name: 'Menu' });
    await user.click(menuButton);
    await user.click(await screen.findByRole('heading', { name: 'Settings', level: 1 }));
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');

    await user.click(menuButton);
    await screen.findByRole('combobox', { name: 'Theme' });
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Demo panel' })).toHaveFocus();
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens the Demo panel from the menu; Esc closes the panel only, and focus goes back to its button', async () => {
    const { user } = renderApp(paths.settings.href());
    const menuButton = screen.getByRole('button', { name: 'Menu' });
    await user.click(menuButton);
    const opener = await within(menuPanel(menuButton)).findByRole('button', { name: 'Demo panel' });
    expect(opener).toHaveAttribute('aria-haspopup', 'dialog');

    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Demo panel' });
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    // A click on the panel's text is not a click outside the menu; Esc still closes the panel, wherever focus went.
    await user.click(within(dialog).getByRole('heading', { name: 'Demo panel' }));
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Demo panel' })).not.toBeInTheDocument();
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    expect(opener).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton).toHaveFocus();
  });

  it('keeps the main navigation in the header on a wide screen', async () => {
    const { user } = renderApp(paths.settings.href());
    const menuButton = screen.getByRole('button', { name: 'Menu' });
    const mainNav = screen.getByRole('navigation', { name: 'Main' });
    expect(menuPanel(menuButton)).not.toContainElement(mainNav);
    expect(within(mainNav).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');

    await user.click(menuButton);
    expect(screen.getAllByRole('navigation', { name: 'Main' })).toEqual([mainNav]);
  });

  it('moves the main navigation into the menu on a narrow screen, and following a link closes it', async () => {
    const { user, currentUrl } = renderApp(paths.settings.href());
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();

    resizeViewport(390);
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    const menuButton = screen.getByRole('button', { name: 'Menu' });
    await user.click(menuButton);
    const mainNav = within(menuPanel(menuButton)).getByRole('navigation', { name: 'Main' });
    expect(within(mainNav).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');

    await user.click(within(mainNav).getByRole('link', { name: 'Customers' }));
    expect(currentUrl()).toBe(paths.customers.list.href());
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();

    resizeViewport(1024);
    expect(menuPanel(menuButton)).not.toContainElement(screen.getByRole('navigation', { name: 'Main' }));
  });
});
