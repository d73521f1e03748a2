import styles from './data-table.module.css';

/**
 * The look of a list table: `<table className={dataTable.table}>`, `<td className={dataTable.comment}>`.
 * Rows of invalid records keep the plain class `is-invalid` (`<tr className="is-invalid">`).
 */
export const dataTable = {
  table: styles.table,
  /** A free-text column that wraps instead of widening the table. */
  comment: styles.comment,
  /** A short identifier (an email, a customer ID) that stays on one line; the table scrolls instead. */
  identifier: styles.identifier,
  /**
   * The first column's cells (the username, the customer ID): they stay in view while the table scrolls
   * sideways inside its `TableScroll`. The first header cell of such a table sticks with them.
   */
  sticky: styles.sticky,
} as const;
