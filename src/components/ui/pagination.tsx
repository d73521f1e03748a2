import { Link } from 'react-router';
import { formatNumber, m } from '@/i18n';
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
        {m.ui_pagination_first()}
      </PageLink>
      <PageLink to={hrefFor(page - 1)} disabled={page === 1}>
        {m.ui_pagination_previous()}
      </PageLink>
      <span className={styles.position}>
        {m.ui_pagination_position({ page: formatNumber(page), pageCount: formatNumber(pageCount) })}
      </span>
      <PageLink to={hrefFor(page + 1)} disabled={page === pageCount}>
        {m.ui_pagination_next()}
      </PageLink>
      <PageLink to={hrefFor(pageCount)} disabled={page === pageCount}>
        {m.ui_pagination_last()}
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
