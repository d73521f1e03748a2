import { HttpResponse, http } from 'msw';
import type { DemoStore } from '../store/demo-store';

/** Mock-only: puts the seed back (the "Reset demo data" button). */
export function demoHandlers(store: DemoStore, baseUrl: string) {
  return [
    http.post(`${baseUrl}/demo/reset`, () => {
      store.reset({ kind: 'demo' });
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
