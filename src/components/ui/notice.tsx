import type { HTMLAttributes } from 'react';
import { cx } from './class-names';
import styles from './notice.module.css';

interface NoticeProps extends HTMLAttributes<HTMLElement> {
  /** The element: a paragraph (the default), or a box holding several. */
  as?: 'p' | 'div' | 'section';
  /** Less padding: a one-line note above a list. */
  compact?: boolean;
}

/** A yellow box that tells the admin something: `<Notice>This feature is disabled!</Notice>`. */
export function Notice({ as: Tag = 'p', compact = false, className, ...props }: NoticeProps) {
  return <Tag className={cx(styles.notice, compact && styles.compact, className)} {...props} />;
}
