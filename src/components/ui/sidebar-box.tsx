import { type ReactNode, useId } from 'react';

export function SidebarBox({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="sidebar-box" aria-labelledby={headingId}>
      <h2 id={headingId} className="sidebar-box__title">
        {title}
      </h2>
      <div className="sidebar-box__body">{children}</div>
    </section>
  );
}
