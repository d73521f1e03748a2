import { Link } from 'react-router';

interface SortableColumnHeaderProps {
  label: string;
  /** Ascending, descending, or not the sort column. */
  direction: 'ascending' | 'descending' | undefined;
  href: string;
}

export function SortableColumnHeader({ label, direction, href }: SortableColumnHeaderProps) {
  return (
    <th scope="col" aria-sort={direction ?? 'none'}>
      <Link to={href} className="sort-link" replace>
        {label}
        <span aria-hidden="true" className="sort-link__arrow">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </Link>
    </th>
  );
}
