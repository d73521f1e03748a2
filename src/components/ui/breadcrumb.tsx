import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { m } from '@/i18n';
import styles from './breadcrumb.module.css';

export interface BreadcrumbItem {
  label: ReactNode;
  /** Where the item leads; the last item, the screen itself, has none. */
  href?: string;
}

/**
 * Where the screen sits, above its heading: the screens above it as links, then the screen itself
 * (`aria-current="page"`). `<Breadcrumb items={[{ label: 'Customer Management', href: listHref }, { label: 'Add Customer' }]} />`
 */
export function Breadcrumb({ items }: { items: readonly BreadcrumbItem[] }) {
  return (
    <nav aria-label={m.ui_breadcrumb()} className={styles.breadcrumb}>
      <ol className={styles.list}>
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a trail's items are fixed by the screen and never reordered.
            <li key={index} className={styles.item} aria-current={last ? 'page' : undefined}>
              {item.href !== undefined && !last ? <Link to={item.href}>{item.label}</Link> : item.label}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
