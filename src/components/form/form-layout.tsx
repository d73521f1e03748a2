import type { ReactNode } from 'react';
import styles from './form-layout.module.css';

/** The width of an edit form: `<form className={formClass} …>`. */
export const formClass = styles.form;

/** A form's fields, one under the other: `<FormFields><FormField …/>…</FormFields>`. */
export function FormFields({ children }: { children: ReactNode }) {
  return <div className={styles.fields}>{children}</div>;
}
