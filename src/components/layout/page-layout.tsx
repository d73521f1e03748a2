import type { ReactNode } from 'react';
import { FlashMessages } from '@/components/ui/flash-messages';

type PageLayoutProps = { children: ReactNode } & (
  | { sidebarLabel: string; sidebar: ReactNode }
  | { sidebarLabel?: undefined; sidebar?: undefined }
);

/** An admin screen: the sidebar (if any) on the left, the content with its messages on the right. */
export function PageLayout({ sidebarLabel, sidebar, children }: PageLayoutProps) {
  if (!sidebar) {
    return (
      <main id="main-content" className="content content--alone" tabIndex={-1}>
        <FlashMessages />
        {children}
      </main>
    );
  }
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
