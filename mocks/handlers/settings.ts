import { HttpResponse, http } from 'msw';
import type { DemoStore } from '../store/demo-store';
import { simulateNetwork } from './respond';

export function settingsHandlers(store: DemoStore, baseUrl: string) {
  return [
    http.get(`${baseUrl}/settings`, async () => {
      await simulateNetwork(store);
      return HttpResponse.json(store.settings);
    }),
    http.get(`${baseUrl}/groups`, async () => {
      await simulateNetwork(store);
      return HttpResponse.json({ items: store.listGroups() });
    }),
  ];
}
