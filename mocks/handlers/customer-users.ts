import { HttpResponse, http } from 'msw';
import { customerUserListQuerySchema } from '../../src/api/customer-user-schema';
import type { DemoStore } from '../store/demo-store';
import { toFieldErrors } from '../store/field-errors';
import { methodNotAllowed, readJsonBody, respond, simulateNetwork } from './respond';

export function customerUserHandlers(store: DemoStore, baseUrl: string) {
  const collection = `${baseUrl}/customer-users`;
  const item = `${collection}/:id`;
  return [
    http.get(collection, async ({ request }) => {
      await simulateNetwork(store);
      const params = Object.fromEntries(new URL(request.url).searchParams);
      const query = customerUserListQuerySchema.safeParse(params);
      if (!query.success) return respond({ ok: false, status: 400, errors: toFieldErrors(query.error) });
      return HttpResponse.json(store.listCustomerUsers(query.data));
    }),
    http.post(collection, async ({ request }) => {
      await simulateNetwork(store);
      return respond(store.createCustomerUser(await readJsonBody(request)), 201);
    }),
    http.get(item, async ({ params }) => {
      await simulateNetwork(store);
      return respond(store.getCustomerUser(String(params.id)));
    }),
    http.put(item, async ({ params, request }) => {
      await simulateNetwork(store);
      return respond(store.updateCustomerUser(String(params.id), await readJsonBody(request)));
    }),
    http.delete(item, async () => {
      await simulateNetwork(store);
      return methodNotAllowed('Customer users cannot be deleted. Set their validity to invalid instead.');
    }),
  ];
}
