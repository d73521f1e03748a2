import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { m } from '@/i18n';
import styles from './header-menu.module.css';

/**
 * The header's "Menu" button and the panel it shows and hides (a disclosure, not an ARIA menu: the panel
 * holds ordinary links and form controls). Esc, a click outside, Tab past its end or following a link
 * closes it. Its content mounts only while it is open; `onIntent` (pointer over or focus on the button) lets
 * content that loads on demand start loading before the click.
 */
export function HeaderMenu({ children, onIntent }: { children: ReactNode; onIntent?: () => void }) {
  const location = useLocation();
  // Open for the page it was opened on: back, forward or any other navigation closes it.
  const [openOnPage, setOpenOnPage] = useState<string>();
  const open = openOnPage === location.key;
  const panelId = useId();
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const menu = menuRef.current;
    const panel = panelRef.current;
    if (!open || !menu || !panel) return;
    // At once, not when the next screen has loaded.
    const closeOnLink = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a[href]')) setOpenOnPage(undefined);
    };
    const closeOnPointerOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !menu.contains(event.target)) setOpenOnPage(undefined);
    };
    // Once focus moves on past it, so the open panel never covers what has focus.
    const closeWhenFocusLeaves = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !menu.contains(event.relatedTarget)) setOpenOnPage(undefined);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOnPage(undefined);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', closeOnPointerOutside);
    document.addEventListener('keydown', closeOnEscape);
    menu.addEventListener('focusout', closeWhenFocusLeaves);
    panel.addEventListener('click', closeOnLink);
    return () => {
      menu.removeEventListener('focusout', closeWhenFocusLeaves);
      panel.removeEventListener('click', closeOnLink);
      document.removeEventListener('pointerdown', closeOnPointerOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  return (
    <div ref={menuRef} className={styles.menu}>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClass({ variant: 'quiet' })}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOnPage(open ? undefined : location.key)}
        onPointerEnter={onIntent}
        onFocus={onIntent}
      >
        {m.app_menu()}
        <span className={styles.chevron} aria-hidden="true" />
      </button>
      <div ref={panelRef} id={panelId} className={styles.panel} hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}
