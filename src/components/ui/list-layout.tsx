import type { ReactNode } from 'react';
import styles from './list-layout.module.css';

/** The section around a list, which dims its table while busy: `<section className={listClass} aria-busy={…}>`. */
export const listClass = styles.list;

/** A list's heading and its filters on one line: `<ListHeader><h2>List</h2><ValidityFilter /></ListHeader>`. */
export function ListHeader({ children }: { children: ReactNode }) {
  return <div className={styles.header}>{children}</div>;
}
