import type { ReactNode } from 'react';
import styles from './button.module.css';
import { cx } from './class-names';

export interface ButtonLook {
  /** primary (the default): filled; secondary: outlined; quiet: on the header bar. */
  variant?: 'primary' | 'secondary' | 'quiet';
  /** Full width, e.g. the sidebar's action link. */
  block?: boolean;
  /** Square padding for a button showing only an icon. */
  icon?: boolean;
}

/** The button look, for a `<button>` or a router `<Link>`: `className={buttonClass({ variant: 'secondary' })}`. */
export function buttonClass({ variant = 'primary', block = false, icon = false }: ButtonLook = {}): string {
  return cx(
    styles.button,
    variant === 'secondary' && styles.secondary,
    variant === 'quiet' && styles.quiet,
    block && styles.block,
    icon && styles.icon,
  );
}

/** Buttons side by side (wrapping), with a status line after them if any. */
export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className={styles.row}>{children}</div>;
}
