import type { ReactNode } from 'react';
import styles from './table-scroll.module.css';

/**
 * The box a wide table scrolls in, so the page itself never scrolls sideways:
 * `<TableScroll><table className={dataTable.table}>…</table></TableScroll>`.
 * A first column marked `className={dataTable.sticky}` stays in view while the rest scrolls.
 */
export function TableScroll({ children }: { children: ReactNode }) {
  return <div className={styles.scroll}>{children}</div>;
}
