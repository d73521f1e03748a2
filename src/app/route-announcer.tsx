import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { useScreenTitle } from '@/lib/document-title';

/** How long a new screen's title must stay unchanged before it is announced (e.g. "Edit Customer User" turns into "jdoe – Edit Customer User" when the data arrives). */
const settleMs = 400;

/**
 * Tells assistive technology that the screen changed, as a page load would: focus goes to the new
 * screen's heading and its title is read out. Only a change of path counts: paging, sorting,
 * filtering and searching change the query only, keep the admin where they are (the list says what
 * changed), and must not pull focus away from the control they used. The first load is left to the
 * browser, including a redirect (`replace`) that is part of it, such as / to the customer user list.
 */
export function RouteAnnouncer() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const screen = useScreenTitle();
  const [announcement, setAnnouncement] = useState('');
  const firstLoad = useRef(true);
  const handledPath = useRef(pathname);
  const announcedPath = useRef(pathname);

  useEffect(() => {
    if (handledPath.current === pathname) return;
    handledPath.current = pathname;
    if (firstLoad.current && navigationType === 'REPLACE') {
      announcedPath.current = pathname;
      return;
    }
    firstLoad.current = false;
    return focusScreen();
  }, [pathname, navigationType]);

  useEffect(() => {
    if (announcedPath.current === pathname || screen?.pathname !== pathname) return;
    const timer = setTimeout(() => {
      announcedPath.current = pathname;
      setAnnouncement(screen.title);
    }, settleMs);
    return () => clearTimeout(timer);
  }, [pathname, screen]);

  return (
    <div role="status" className="visually-hidden" id="route-announcer">
      {announcement}
    </div>
  );
}

/** Whether an element is on view: a screen waiting for its code is kept, hidden, beside the next one's. */
function isShown(element: HTMLElement): boolean {
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    if (node.hidden || node.style.display === 'none') return false;
  }
  return true;
}

function shownScreenHeading(): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>('main h1')].find(isShown);
}

function focusHeading(heading: HTMLElement) {
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}

/**
 * Focuses the new screen's h1; while it has none yet (loading), its main content, then the h1 once it
 * appears, unless the admin has moved focus on meanwhile. Returns the cleanup.
 */
function focusScreen(): () => void {
  const heading = shownScreenHeading();
  if (heading) {
    focusHeading(heading);
    return () => {};
  }
  const main = document.getElementById('main-content');
  main?.focus();
  const focusIsFree = () => {
    const active = document.activeElement;
    return active === null || active === document.body || active.id === 'main-content';
  };
  const observer = new MutationObserver(() => {
    const appeared = shownScreenHeading();
    if (!appeared) return;
    observer.disconnect();
    if (focusIsFree()) focusHeading(appeared);
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
  return () => observer.disconnect();
}
