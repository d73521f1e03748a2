import type { ReactNode } from 'react';
import styles from './breadcrumb.module.css';

/** The way back above a screen's heading: `<Breadcrumb><Link to={listHref}>Customer Management</Link></Breadcrumb>`. */
export function Breadcrumb({ children }: { children: ReactNode }) {
  return <p className={styles.breadcrumb}>{children}</p>;
}
