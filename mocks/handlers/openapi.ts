import { HttpResponse, http } from 'msw';
import { apiPaths } from '@/api/api-paths';

/**
 * The contract as OpenAPI 3.1: the committed docs/openapi.json (`npm run contract` writes it), as it is. Loaded
 * on the first request, so neither the console nor the mock API's own chunk carries it. At once: no latency,
 * no faults, like the demo's controls.
 */
export function openApiHandlers(baseUrl: string) {
  return [
    http.get(`${baseUrl}${apiPaths.openapi}`, async () => {
      const { default: document } = await import('/docs/openapi.json?raw');
      return new HttpResponse(document, { headers: { 'Content-Type': 'application/json' } });
    }),
  ];
}
