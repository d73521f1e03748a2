import { type ComponentType, createElement, type LazyExoticComponent, lazy } from 'react';

/** How to forget each screen whose code failed to load, so the next render imports it anew. */
const failedScreens = new Set<() => void>();

/** Lets every screen whose code failed to load (e.g. offline) try its import again on its next render. */
export function retryFailedScreens(): void {
  for (const forget of failedScreens) forget();
  failedScreens.clear();
}

/**
 * A screen whose code loads on demand, like React.lazy, that can also be loaded ahead of time:
 * `preload()` when the admin is likely to open it, so the screen opens without waiting for its code.
 * A failed load stays failed (React.lazy keeps it) until `retryFailedScreens()` (an error boundary's Try again).
 */
export function lazyScreen<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loading: Promise<{ default: ComponentType<Props> }> | undefined;
  const preload = () => {
    loading ??= load().then(
      (screen) => ({ default: screen }),
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
    return createElement(current as ComponentType<Props>, props);
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
