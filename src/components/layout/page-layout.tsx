import type { ReactNode } from 'react';
import { FlashMessages } from '@/components/ui/flash-messages';

interface PageLayoutProps {
  sidebarLabel: string;
  sidebar: ReactNode;
  children: ReactNode;
}

/** The admin screen's two columns: the sidebar on the left, the content on the right. */
export function PageLayout({ sidebarLabel, sidebar, children }: PageLayoutProps) {
  return (
    <div className="page-layout">
      <aside className="sidebar" aria-label={sidebarLabel}>
        {sidebar}
      </aside>
      <main id="main-content" className="content" tabIndex={-1}>
        <FlashMessages />
        {children}
      </main>
    </div>
  );
}
