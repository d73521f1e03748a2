import { flushSync } from 'react-dom';

let urgent = false;

/**
 * Runs `navigate` so that the screen it leads to renders at once rather than as a transition: for a
 * screen whose data and code are already here, where a transition's time slicing would only let a frame
 * pass without it. The router (src/app/app-router.tsx) asks `isUrgentNavigation()` while history notifies it.
 */
export function navigateUrgently(navigate: () => void): void {
  urgent = true;
  try {
    // Rendered in this task, not in one React schedules after it.
    flushSync(navigate);
  } finally {
    urgent = false;
  }
}

export function isUrgentNavigation(): boolean {
  return urgent;
}
