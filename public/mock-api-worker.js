// The mock API's service worker. It hands only the API's requests to MSW's worker: every other
// request (the app's own modules, styles, images) goes straight to the network, instead of making a
// round trip through the page that would slow each load of an unbundled dev server.
const apiBase = new URL(new URL(self.location.href).searchParams.get('api') ?? '/api', self.location.origin).href;

self.addEventListener('fetch', (event) => {
  const url = event.request.url;
  const isApiRequest = url === apiBase || url.startsWith(apiBase.endsWith('/') ? apiBase : `${apiBase}/`);
  if (!isApiRequest) event.stopImmediatePropagation();
});

importScripts('./mockServiceWorker.js');
