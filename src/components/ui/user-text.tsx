import type { ReactNode } from 'react';
import styles from './user-text.module.css';

/**
 * Text an admin or a customer typed (a username, a name, an email, a customer ID, a comment), shown
 * isolated: a right-to-left mark or override inside it cannot reorder the text around it, and a long
 * unbroken word wraps instead of widening the page. Inside a link it keeps the link's accessible name.
 */
export function UserText({ children }: { children: ReactNode }) {
  return <bdi className={styles.userText}>{children}</bdi>;
}
