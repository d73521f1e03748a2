import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import styles from './table-scroll.module.css';

interface TableScrollProps {
  children: ReactNode;
  /** The name the box takes while it scrolls (usually the table's): a caption's text… */
  label?: string;
  /** …or the id of the element that names the table. */
  labelledBy?: string;
}

/**
 * The box a wide table scrolls in, so the page itself never scrolls sideways:
 * `<TableScroll label="Groups"><table className={dataTable.table}>…</table></TableScroll>`.
 * A first column marked `className={dataTable.sticky}` stays in view while the rest scrolls.
 * While the table is wider than the box, the box is a named region in the Tab order, so the keyboard
 * can scroll it even when the table holds nothing focusable.
 */
export function TableScroll({ children, label, labelledBy }: TableScrollProps) {
  const ref = useRef<HTMLDivElement>(null);
  const scrolls = useScrolls(ref);
  return (
    <div
      ref={ref}
      className={styles.scroll}
      {...(scrolls && { tabIndex: 0, role: 'region', 'aria-label': label, 'aria-labelledby': labelledBy })}
    >
      {children}
    </div>
  );
}

/** Whether the box's content is wider than the box, followed as either resizes. */
function useScrolls(ref: RefObject<HTMLDivElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrolls(box.scrollWidth > box.clientWidth));
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}
