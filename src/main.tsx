import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders } from './app/app-providers';
import { AppRoutes } from './app/app-routes';
import { createQueryClient } from './app/query-client';
import { env } from './config/env';
import './styles/index.css';

async function startMockApiIfEnabled() {
  if (!env.apiMocking) return;
  // Loaded on demand: the mock API and its demo data are not part of the app's own bundle.
  const { startMockApi } = await import('../mocks/browser');
  await startMockApi(env.apiBaseUrl);
}

await startMockApiIfEnabled();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <AppProviders queryClient={createQueryClient()}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);
