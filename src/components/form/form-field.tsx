import type { ReactNode } from 'react';
import { cx } from '@/components/ui/class-names';
import { Hint } from '@/components/ui/text';
import styles from './form-field.module.css';

export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

interface FormFieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  /** Renders the control, wired to the label, the hint and the error. */
  children: (control: FieldControlProps) => ReactNode;
}

/** The id of a field's label, for controls that name themselves with `aria-labelledby` (a combobox's listbox). */
export const fieldLabelId = (id: string) => `${id}-label`;

/** One labelled control: the label is its accessible name; hint and error describe it. */
export function FormField({ id, label, required, hint, error, children }: FormFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : undefined, hint ? hintId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx(styles.field, error && styles.invalid)}>
      <label id={fieldLabelId(id)} htmlFor={id} className={styles.label}>
        {label}
        {required && (
          <span className={styles.required} aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      <div className={styles.control}>
        {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy, 'aria-required': required })}
        {error && (
          // `form-field__error` stays as a plain class: tests tell the field's message from the summary's by it.
          <p id={errorId} className={cx(styles.error, 'form-field__error')}>
            {error}
          </p>
        )}
        {hint && <Hint id={hintId}>{hint}</Hint>}
      </div>
    </div>
  );
}
