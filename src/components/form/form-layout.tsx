import type { ReactNode } from 'react';
import { Hint } from '@/components/ui/text';
import { m } from '@/i18n';
import styles from './form-layout.module.css';

/** The width of an edit form: `<form className={formClass} …>`. */
export const formClass = styles.form;

/** A form's fields, one under the other: `<FormFields><FormField …/>…</FormFields>`. */
export function FormFields({ children }: { children: ReactNode }) {
  return <div className={styles.fields}>{children}</div>;
}

/** The note under a form with required fields: "Fields marked with * are required." */
export function RequiredFieldsNote() {
  return <Hint>{m.ui_required_fields_note()}</Hint>;
}
