import { type ComponentType, createElement, type LazyExoticComponent, lazy, useState } from 'react';

/** How to forget each screen whose code failed to load, so the next render imports it anew. */
const failedScreens = new Set<() => void>();

/** Lets every screen whose code failed to load (e.g. offline) try its import again on its next render. */
export function retryFailedScreens(): void {
  for (const forget of failedScreens) forget();
  failedScreens.clear();
}

/**
 * A screen whose code loads on demand, like React.lazy, that can also be loaded ahead of time:
 * `preload()` when the admin is likely to open it, so the screen opens without waiting for its code. A
 * screen whose code is already here renders at once: no suspense, so no fallback and no reveal delay.
 * A failed load stays failed (React.lazy keeps it) until `retryFailedScreens()` (an error boundary's Try again).
 */
export function lazyScreen<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loading: Promise<{ default: ComponentType<Props> }> | undefined;
  /** The screen once its code is here: rendered as it is, without suspending even once. */
  let loaded: ComponentType<Props> | undefined;
  const preload = () => {
    loading ??= load().then(
      (screen) => {
        loaded = screen;
        return { default: screen };
      },
      (error: unknown) => {
        failedScreens.add(() => {
          loading = undefined;
          current = lazy(preload);
        });
        throw error;
      },
    );
    // A preload nobody waits for (on hover or focus) must not report a failed load as unhandled: the render
    // that needs the screen meets the same failure and shows it.
    loading.catch(() => {});
    return loading;
  };
  let current: LazyExoticComponent<ComponentType<Props>> = lazy(preload);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen, when its module loads.
  function LazyScreen(props: Props) {
    // Chosen once per mount: switching from the lazy wrapper to the screen itself would remount it and lose its state.
    const [screen] = useState(() => loaded ?? current);
    return createElement(screen as ComponentType<Props>, props);
  }
  return Object.assign(LazyScreen, { preload });
}

/** Runs work when the browser is idle (soon after, where there is no idle callback). */
export function whenIdle(work: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(work, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 200);
  return () => clearTimeout(handle);
}
