// The mock API's service worker. It hands only the API's requests to MSW's worker: every other
// request (the app's own modules, styles, images) goes straight to the network, instead of making a
// round trip through the page that would slow each load of an unbundled dev server.
// `?api=` is the API's absolute base URL, without a trailing slash (mocks/browser.ts registers it).
const apiBase = new URL(self.location.href).searchParams.get('api');

self.addEventListener('fetch', (event) => {
  const url = event.request.url;
  if (url !== apiBase && !url.startsWith(`${apiBase}/`)) event.stopImmediatePropagation();
});

importScripts('./mockServiceWorker.js');
