import styles from './data-table.module.css';

/**
 * The look of a list table: `<table className={dataTable.table}>`, `<td className={dataTable.comment}>`.
 * Rows of invalid records keep the plain class `is-invalid` (`<tr className="is-invalid">`).
 */
export const dataTable = {
  table: styles.table,
  /** A free-text column that wraps instead of widening the table. */
  comment: styles.comment,
} as const;
