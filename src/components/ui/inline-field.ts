import styles from './inline-field.module.css';

/** A label and its select on one line (the header menu's Theme and Language): `<div className={inlineField.field}>`. */
export const inlineField = { field: styles.field, select: styles.select } as const;
