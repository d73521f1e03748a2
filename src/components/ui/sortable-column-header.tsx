import { Link } from 'react-router';
import styles from './sortable-column-header.module.css';

interface SortableColumnHeaderProps {
  label: string;
  /** Ascending, descending, or not the sort column. */
  direction: 'ascending' | 'descending' | undefined;
  href: string;
}

export function SortableColumnHeader({ label, direction, href }: SortableColumnHeaderProps) {
  return (
    <th scope="col" aria-sort={direction ?? 'none'}>
      <Link to={href} className={styles.link} replace>
        {label}
        <span aria-hidden="true" className={styles.arrow}>
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </Link>
    </th>
  );
}
