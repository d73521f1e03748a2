import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The system Chromium's path where there is one. */
export function systemChromium(): string | undefined {
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}

/** The system Chromium where there is one, Playwright's own otherwise. */
export function launchChromium() {
  return chromium.launch({
    executablePath: systemChromium(),
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
