import { useEffect } from 'react';
import { setUnsavedChanges, unsavedChangesQuestion } from './unsaved-changes';

// The guard itself loads with the forms that use it; the question and the check for code-started
// navigations (./unsaved-changes) come with the first visit.

interface NavigateEventLike extends Event {
  navigationType: string;
  cancelable: boolean;
}

function isPlainLinkClick(event: MouseEvent): HTMLAnchorElement | undefined {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  ) {
    return undefined;
  }
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download'))
    return undefined;
  if (link.getAttribute('href')?.startsWith('#')) return undefined;
  return link;
}

/**
 * While `when` holds, leaving asks first: links (caught before the router sees the click), Back and
 * Forward (the Navigation API, where the browser has it), and closing or reloading the tab.
 */
export function useUnsavedChangesGuard(when: boolean): void {
  useEffect(() => {
    if (!when) return;
    setUnsavedChanges(true);

    function onClick(event: MouseEvent) {
      if (!isPlainLinkClick(event)) return;
      if (!window.confirm(unsavedChangesQuestion())) {
        event.preventDefault();
        event.stopPropagation();
      } else {
        setUnsavedChanges(false);
      }
    }
    function onBeforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault();
    }
    function onNavigate(event: Event) {
      const navigateEvent = event as NavigateEventLike;
      if (navigateEvent.navigationType !== 'traverse' || !navigateEvent.cancelable) return;
      if (!window.confirm(unsavedChangesQuestion())) navigateEvent.preventDefault();
      else setUnsavedChanges(false);
    }

    const navigation = (window as { navigation?: EventTarget }).navigation;
    document.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onBeforeUnload);
    navigation?.addEventListener('navigate', onNavigate);
    return () => {
      setUnsavedChanges(false);
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
      navigation?.removeEventListener('navigate', onNavigate);
    };
  }, [when]);
}
