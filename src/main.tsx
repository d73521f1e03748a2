import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { env } from './config/env';
import { applyStoredThemePreference } from './features/theme';
import { m, startLocale } from './i18n';
import { showFlash } from './lib/flash-messages';
import './styles/index.css';

/** Starts the mock API where it is on; what it could not do is said on the page, not only in the console. */
async function startMockApiIfEnabled(): Promise<string | undefined> {
  if (!env.apiMocking) return undefined;
  try {
    // Loaded on demand: the mock API and its demo data are not part of the app's own bundle.
    const { startMockApi } = await import('../mocks/browser');
    const { notice } = await startMockApi(env.apiBaseUrl);
    if (notice) showFlash(`${window.location.pathname}${window.location.search}`, notice);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Not top-level await: the mock API's chunk imports from the app's own chunk, which would still be
 * evaluating (waiting for it) and so would never finish loading.
 */
async function start() {
  applyStoredThemePreference();
  startLocale();
  const failure = await startMockApiIfEnabled();

  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(
    failure ? (
      <main id="main-content">
        <h1>{m.app_demo_cannot_start()}</h1>
        <p>{failure}</p>
      </main>
    ) : (
      <StrictMode>
        <App queryClient={createQueryClient()} />
      </StrictMode>
    ),
  );
}

void start();
