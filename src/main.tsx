import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { env, mockApiInBuild } from './config/env';
import { appBasePath, loadRuntimeConfig } from './config/runtime-config';
import { applyStoredThemePreference } from './features/theme';
import { m, startLocale } from './i18n';
import { showFlash } from './lib/flash-messages';
import './styles/index.css';

/** Starts the mock API where it is on; what it could not do is said on the page, not only in the console. */
async function startMockApiIfEnabled(): Promise<string | undefined> {
  if (!mockApiInBuild || !env.apiMocking) return undefined;
  try {
    // Loaded on demand: the mock API and its demo data are not part of the app's own bundle.
    const { startMockApi } = await import('../mocks/browser');
    const { notice } = await startMockApi(env.apiBaseUrl);
    // The screen as the router names it: its path below the app's base path.
    const screen = window.location.pathname.slice(appBasePath().length) || '/';
    if (notice) showFlash(`${screen}${window.location.search}`, notice);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * index.html's `<base href>` (the app's own URL, for any sub-path) would make a link to `#id` lead to the app's
 * first screen instead of a place on this one (the skip link): such a link stays on the screen, as without it.
 */
function keepInPageLinksOnTheScreen() {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (!link || event.defaultPrevented) return;
    event.preventDefault();
    window.location.assign(`${window.location.pathname}${window.location.search}${link.getAttribute('href')}`);
  });
}

/**
 * Not top-level await: the mock API's chunk imports from the app's own chunk, which would still be
 * evaluating (waiting for it) and so would never finish loading.
 */
async function start() {
  // config.json (the API's URL) is fetched while the rest starts; nothing asks the API before it is read.
  const runtimeConfig = loadRuntimeConfig();
  applyStoredThemePreference();
  startLocale();
  keepInPageLinksOnTheScreen();
  await runtimeConfig;
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
