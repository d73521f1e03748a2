import { type ComponentType, lazy } from 'react';

/**
 * A screen whose code loads on demand, like React.lazy, that can also be loaded ahead of time:
 * `preload()` when the admin is likely to open it, so the screen opens without waiting for its code.
 */
export function lazyScreen<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loading: Promise<{ default: ComponentType<Props> }> | undefined;
  const preload = () => {
    loading ??= load().then((screen) => ({ default: screen }));
    return loading;
  };
  return Object.assign(lazy(preload), { preload });
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
