import type { ReactNode } from 'react';
import { FlashMessages } from '@/components/ui/flash-messages';
import styles from './page-layout.module.css';

type PageLayoutProps = { children: ReactNode } & (
  | { sidebarLabel: string; sidebar: ReactNode }
  | { sidebarLabel?: undefined; sidebar?: undefined }
);

/**
 * An admin screen: the sidebar (if any) on the left, the content with its messages on the right. The
 * content comes first in the document, so the screen's heading is read before the sidebar's; the grid
 * puts the sidebar back on the left (above the content on narrow screens).
 */
export function PageLayout({ sidebarLabel, sidebar, children }: PageLayoutProps) {
  if (!sidebar) {
    return (
      <main id="main-content" className={styles.alone} tabIndex={-1}>
        <FlashMessages />
        {children}
      </main>
    );
  }
  return (
    <div className={styles.layout}>
      <main id="main-content" className={styles.content} tabIndex={-1}>
        <FlashMessages />
        {children}
      </main>
      <aside className={styles.sidebar} aria-label={sidebarLabel}>
        {sidebar}
      </aside>
    </div>
  );
}
