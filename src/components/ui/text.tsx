import type { ReactNode } from 'react';
import { m } from '@/i18n';
import styles from './text.module.css';

/** A small muted line that explains something: `<Hint>Fields marked with * are required.</Hint>`. */
export function Hint({ id, inline = false, children }: { id?: string; inline?: boolean; children: ReactNode }) {
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag id={id} className={styles.hint}>
      {children}
    </Tag>
  );
}

/** Secondary text inside a line, e.g. a customer's name after its ID. */
export function Muted({ children }: { children: ReactNode }) {
  return <span className={styles.muted}>{children}</span>;
}

/** A tick or a cross, read out as "yes" or "no". */
export function YesNo({ value }: { value: boolean }) {
  return (
    <span className={value ? styles.yes : styles.no}>
      <span aria-hidden="true">{value ? '✓' : '✗'}</span>
      <span className="visually-hidden">{value ? m.ui_yes() : m.ui_no()}</span>
    </span>
  );
}
