import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { applyStoredThemePreference, ThemeSwitch } from '@/features/theme';

afterEach(() => {
  window.localStorage.removeItem('cua.theme');
  applyStoredThemePreference();
});

describe('the theme switch', () => {
  it('follows the system until a theme is chosen', () => {
    render(<ThemeSwitch />);
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveDisplayValue('System');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('applies Dark at once and remembers it for the next visit', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<ThemeSwitch />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(window.localStorage.getItem('cua.theme')).toBe('dark');

    // A new visit: the page starts without the attribute, and main.tsx applies the stored choice.
    unmount();
    document.documentElement.removeAttribute('data-theme');
    applyStoredThemePreference();
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    render(<ThemeSwitch />);
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveDisplayValue('Dark');
  });

  it('goes back to the system with System, forgetting the choice', async () => {
    window.localStorage.setItem('cua.theme', 'light');
    applyStoredThemePreference();
    const user = userEvent.setup();
    render(<ThemeSwitch />);
    const theme = screen.getByRole('combobox', { name: 'Theme' });
    expect(theme).toHaveDisplayValue('Light');
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');

    await user.selectOptions(theme, 'System');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    expect(window.localStorage.getItem('cua.theme')).toBeNull();
  });

  it('ignores a stored value that is no theme', () => {
    window.localStorage.setItem('cua.theme', 'sepia');
    applyStoredThemePreference();
    render(<ThemeSwitch />);
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveDisplayValue('System');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('follows a choice made in another tab', () => {
    render(<ThemeSwitch />);
    act(() => {
      window.localStorage.setItem('cua.theme', 'dark');
      window.dispatchEvent(new StorageEvent('storage', { key: 'cua.theme', newValue: 'dark' }));
    });
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveDisplayValue('Dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
  });
});
