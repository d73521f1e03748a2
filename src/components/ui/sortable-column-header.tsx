import type { ReactNode } from 'react';
import { Link } from 'react-router';
import styles from './sortable-column-header.module.css';

interface SortableColumnHeaderProps {
  label: string;
  /** Ascending, descending, or not the sort column. */
  direction: 'ascending' | 'descending' | undefined;
  href: string;
  /** Shown before the label (a select-all checkbox). */
  before?: ReactNode;
}

export function SortableColumnHeader({ label, direction, href, before }: SortableColumnHeaderProps) {
  return (
    // With a control before the label, the header is still named by its label alone.
    <th scope="col" aria-sort={direction ?? 'none'} aria-label={before === undefined ? undefined : label}>
      {before}
      <Link to={href} className={styles.link} replace>
        {label}
        <span aria-hidden="true" className={styles.arrow}>
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </Link>
    </th>
  );
}

/** A column of a sortable table; without a `sortKey` its header is plain text. */
export interface SortableColumn<Key extends string> {
  label: string;
  sortKey?: Key;
  /** Shown in the header cell before the label (a select-all checkbox). */
  before?: ReactNode;
}

interface SortableHeaderRowProps<Key extends string> {
  columns: readonly SortableColumn<Key>[];
  /** A column key, `-` in front for descending. */
  sort: Key | `-${Key}`;
  /** The list's URL in another order. */
  sortHref: (sort: Key | `-${Key}`) => string;
}

/** The header row: a click on the sort column reverses it, on another column sorts by it ascending. */
export function SortableHeaderRow<Key extends string>({ columns, sort, sortHref }: SortableHeaderRowProps<Key>) {
  const descending = sort.startsWith('-');
  const current = descending ? sort.slice(1) : sort;
  return (
    <tr>
      {columns.map(({ label, sortKey, before }) =>
        sortKey === undefined ? (
          <th key={label} scope="col" aria-label={before === undefined ? undefined : label}>
            {before}
            {label}
          </th>
        ) : (
          <SortableColumnHeader
            key={label}
            label={label}
            before={before}
            direction={current === sortKey ? (descending ? 'descending' : 'ascending') : undefined}
            href={sortHref(current === sortKey && !descending ? `-${sortKey}` : sortKey)}
          />
        ),
      )}
    </tr>
  );
}
