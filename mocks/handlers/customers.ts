import { HttpResponse, http } from 'msw';
import type { DemoStore } from '../store/demo-store';
import { methodNotAllowed, respond, simulateNetwork } from './respond';

export function customerHandlers(store: DemoStore, baseUrl: string) {
  const collection = `${baseUrl}/customers`;
  const item = `${collection}/:customerId`;
  return [
    http.get(collection, async () => {
      await simulateNetwork(store);
      const items = store.listCustomers();
      return HttpResponse.json({ items, total: items.length, offset: 0, limit: Math.max(items.length, 1) });
    }),
    http.get(item, async ({ params }) => {
      await simulateNetwork(store);
      return respond(store.getCustomer(String(params.customerId)));
    }),
    http.delete(item, async () => {
      await simulateNetwork(store);
      return methodNotAllowed('Customers cannot be deleted. Set their validity to invalid instead.');
    }),
  ];
}
