import type { ComponentProps } from 'react';
import styles from './checkbox-list.module.css';
import { cx } from './class-names';

/** A framed fieldset of checkboxes, one per line: its `<legend>` and `<label>`s are the children. */
export function CheckboxList({ className, ...props }: ComponentProps<'fieldset'>) {
  return <fieldset className={cx(styles.list, className)} {...props} />;
}

/** A single checkbox with its label on a line of its own: `<CheckboxLine><input type="checkbox" /> Label</CheckboxLine>`. */
export function CheckboxLine({ className, ...props }: ComponentProps<'label'>) {
  // biome-ignore lint/a11y/noLabelWithoutControl: the control is among the children
  return <label className={cx(styles.line, className)} {...props} />;
}
