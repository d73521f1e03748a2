import type { ReactNode } from 'react';
import { cx } from './class-names';
import styles from './toolbar-field.module.css';

/** A label and its control on one line, e.g. a filter above a list. */
export function ToolbarField({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={cx(styles.field, className)}>{children}</div>;
}
