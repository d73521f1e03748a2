import { Link } from 'react-router';
import styles from './pagination.module.css';

interface PaginationProps {
  label: string;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}

/** Pages as real links: keyboard, middle-click and Back all work. */
export function Pagination({ label, page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className={styles.pagination} aria-label={label}>
      <PageLink to={hrefFor(1)} disabled={page === 1}>
        First
      </PageLink>
      <PageLink to={hrefFor(page - 1)} disabled={page === 1}>
        Previous
      </PageLink>
      <span className={styles.position}>
        Page {page} of {pageCount}
      </span>
      <PageLink to={hrefFor(page + 1)} disabled={page === pageCount}>
        Next
      </PageLink>
      <PageLink to={hrefFor(pageCount)} disabled={page === pageCount}>
        Last
      </PageLink>
    </nav>
  );
}

function PageLink({ to, disabled, children }: { to: string; disabled: boolean; children: string }) {
  if (disabled) {
    return (
      <span className={styles.link} aria-disabled="true">
        {children}
      </span>
    );
  }
  return (
    <Link className={styles.link} to={to}>
      {children}
    </Link>
  );
}
