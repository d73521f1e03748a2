import { HttpResponse, http } from 'msw';
import { customerListQuerySchema } from '../../src/api/customer-schema';
import type { DemoStore } from '../store/demo-store';
import { toFieldErrors } from '../store/field-errors';
import { methodNotAllowed, readJsonBody, respond, simulateNetwork } from './respond';

export function customerHandlers(store: DemoStore, baseUrl: string) {
  const collection = `${baseUrl}/customers`;
  const item = `${collection}/:customerId`;
  return [
    http.get(collection, async ({ request }) => {
      await simulateNetwork(store);
      const query = customerListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) return respond({ ok: false, status: 400, errors: toFieldErrors(query.error) });
      return HttpResponse.json(store.listCustomers(query.data));
    }),
    http.post(collection, async ({ request }) => {
      await simulateNetwork(store);
      return respond(store.createCustomer(await readJsonBody(request)), 201);
    }),
    http.get(item, async ({ params }) => {
      await simulateNetwork(store);
      return respond(store.getCustomer(String(params.customerId)));
    }),
    http.put(item, async ({ params, request }) => {
      await simulateNetwork(store);
      return respond(store.updateCustomer(String(params.customerId), await readJsonBody(request)));
    }),
    http.delete(item, async () => {
      await simulateNetwork(store);
      return methodNotAllowed('Customers cannot be deleted. Set their validity to invalid instead.');
    }),
  ];
}
