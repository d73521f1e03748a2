import { HttpResponse, http } from 'msw';
import * as z from 'zod/mini';
import {
  customerGroupsSchema,
  customerUserGroupsSchema,
  extraCustomersSchema,
  groupCustomersSchema,
  groupCustomerUserChangesSchema,
} from '../../src/api/permission-schema';
import { settingsSchema } from '../../src/api/settings-schema';
import type { DemoStore } from '../store/demo-store';
import { toFieldErrors } from '../store/field-errors';
import { readJsonBody, respond, simulateNetwork } from './respond';

const demoSessionSchema = z.object({ isAdministrator: z.boolean() });

export function permissionHandlers(store: DemoStore, baseUrl: string) {
  /** Only administrators change group membership, and only while customer group support is on. */
  function refusal() {
    if (!store.agent.isAdministrator) {
      return HttpResponse.json({ message: 'Only administrators can change group membership.' }, { status: 403 });
    }
    if (!store.settings.customerGroupSupport) {
      return HttpResponse.json({ message: 'This feature is disabled!' }, { status: 403 });
    }
    return undefined;
  }

  async function parseBody<Schema extends z.ZodMiniType>(request: Request, schema: Schema) {
    const parsed = schema.safeParse(await readJsonBody(request));
    return parsed.success
      ? { ok: true as const, data: parsed.data as z.output<Schema> }
      : { ok: false as const, answer: respond({ ok: false, status: 400, errors: toFieldErrors(parsed.error) }) };
  }

  const unknown = (what: string) => respond({ ok: false, status: 404, message: `${what} does not exist.` });
  const invalidRows = (message: string) => respond({ ok: false, status: 400, errors: { items: message } });

  return [
    http.get(`${baseUrl}/session`, async () => {
      await simulateNetwork(store);
      return HttpResponse.json(store.agent);
    }),
    http.post(`${baseUrl}/demo/session`, async ({ request }) => {
      const body = await parseBody(request, demoSessionSchema);
      if (!body.ok) return body.answer;
      store.agent = { ...store.agent, isAdministrator: body.data.isAdministrator };
      store.changed();
      return HttpResponse.json(store.agent);
    }),
    http.put(`${baseUrl}/settings`, async ({ request }) => {
      await simulateNetwork(store);
      if (!store.agent.isAdministrator) {
        return HttpResponse.json({ message: 'Only administrators can change the settings.' }, { status: 403 });
      }
      const body = await parseBody(request, settingsSchema);
      if (!body.ok) return body.answer;
      store.settings = body.data;
      store.changed();
      return HttpResponse.json(store.settings);
    }),

    http.get(`${baseUrl}/customer-users/:id/effective-permissions`, async ({ params }) => {
      await simulateNetwork(store);
      return respond(store.effectivePermissionsOf(String(params.id)));
    }),

    http.get(`${baseUrl}/customer-users/:id/groups`, async ({ params }) => {
      await simulateNetwork(store);
      const id = String(params.id);
      if (!store.hasCustomerUser(id)) return unknown(`Customer user "${id}"`);
      const denied = refusal();
      if (denied) return denied;
      const sets = store.permissions.userPermissions(id);
      return HttpResponse.json({
        items: store.listGroups().map((group) => ({ groupId: group.id, permissions: sets.get(group.id) ?? [] })),
      });
    }),
    http.put(`${baseUrl}/customer-users/:id/groups`, async ({ params, request }) => {
      await simulateNetwork(store);
      const id = String(params.id);
      if (!store.hasCustomerUser(id)) return unknown(`Customer user "${id}"`);
      const denied = refusal();
      if (denied) return denied;
      const body = await parseBody(request, customerUserGroupsSchema);
      if (!body.ok) return body.answer;
      if (!body.data.items.every((row) => store.hasGroup(row.groupId))) return invalidRows('Unknown group.');
      for (const row of body.data.items) store.permissions.setUserPermissions(id, row.groupId, row.permissions);
      store.changed();
      return HttpResponse.json({ items: body.data.items });
    }),

    http.get(`${baseUrl}/customers/:customerId/groups`, async ({ params }) => {
      await simulateNetwork(store);
      const customerId = String(params.customerId);
      if (!store.hasCustomer(customerId)) return unknown(`Customer "${customerId}"`);
      const denied = refusal();
      if (denied) return denied;
      return HttpResponse.json({
        items: store
          .listGroups()
          .map((group) => ({ groupId: group.id, ...store.permissions.customerPermissions(customerId, group.id) })),
      });
    }),
    http.put(`${baseUrl}/customers/:customerId/groups`, async ({ params, request }) => {
      await simulateNetwork(store);
      const customerId = String(params.customerId);
      if (!store.hasCustomer(customerId)) return unknown(`Customer "${customerId}"`);
      const denied = refusal();
      if (denied) return denied;
      const body = await parseBody(request, customerGroupsSchema);
      if (!body.ok) return body.answer;
      if (!body.data.items.every((row) => store.hasGroup(row.groupId))) return invalidRows('Unknown group.');
      for (const { groupId, same, other } of body.data.items) {
        store.permissions.setCustomerPermissions(customerId, groupId, { same, other });
      }
      store.changed();
      return HttpResponse.json({ items: body.data.items });
    }),

    http.get(`${baseUrl}/groups/:groupId/customer-users`, async ({ params, request }) => {
      await simulateNetwork(store);
      const groupId = String(params.groupId);
      if (!store.hasGroup(groupId)) return unknown(`Group "${groupId}"`);
      const denied = refusal();
      if (denied) return denied;
      const search = new URL(request.url).searchParams.get('search') ?? '';
      const page = store.listCustomerUsers({ search, offset: 0, limit: 200, sort: 'login' });
      return HttpResponse.json({
        total: page.total,
        items: page.items.map((user) => ({
          customerUserId: user.id,
          login: user.login,
          name: `${user.firstName} ${user.lastName}`,
          permissions: store.permissions.userPermissions(user.id).get(groupId) ?? [],
        })),
      });
    }),
    http.put(`${baseUrl}/groups/:groupId/customer-users`, async ({ params, request }) => {
      await simulateNetwork(store);
      const groupId = String(params.groupId);
      if (!store.hasGroup(groupId)) return unknown(`Group "${groupId}"`);
      const denied = refusal();
      if (denied) return denied;
      const body = await parseBody(request, groupCustomerUserChangesSchema);
      if (!body.ok) return body.answer;
      if (!body.data.items.every((row) => store.hasCustomerUser(row.customerUserId))) {
        return invalidRows('Unknown customer user.');
      }
      for (const row of body.data.items) {
        store.permissions.setUserPermissions(row.customerUserId, groupId, row.permissions);
      }
      store.changed();
      return HttpResponse.json({ items: body.data.items });
    }),

    http.get(`${baseUrl}/groups/:groupId/customers`, async ({ params }) => {
      await simulateNetwork(store);
      const groupId = String(params.groupId);
      if (!store.hasGroup(groupId)) return unknown(`Group "${groupId}"`);
      const denied = refusal();
      if (denied) return denied;
      return HttpResponse.json({
        items: store.listCustomers().items.map((customer) => ({
          customerId: customer.customerId,
          ...store.permissions.customerPermissions(customer.customerId, groupId),
        })),
      });
    }),
    http.put(`${baseUrl}/groups/:groupId/customers`, async ({ params, request }) => {
      await simulateNetwork(store);
      const groupId = String(params.groupId);
      if (!store.hasGroup(groupId)) return unknown(`Group "${groupId}"`);
      const denied = refusal();
      if (denied) return denied;
      const body = await parseBody(request, groupCustomersSchema);
      if (!body.ok) return body.answer;
      if (!body.data.items.every((row) => store.hasCustomer(row.customerId))) return invalidRows('Unknown customer.');
      for (const { customerId, same, other } of body.data.items) {
        store.permissions.setCustomerPermissions(customerId, groupId, { same, other });
      }
      store.changed();
      return HttpResponse.json({ items: body.data.items });
    }),

    http.get(`${baseUrl}/customer-users/:id/customers`, async ({ params }) => {
      await simulateNetwork(store);
      const id = String(params.id);
      if (!store.hasCustomerUser(id)) return unknown(`Customer user "${id}"`);
      const denied = refusal();
      if (denied) return denied;
      return HttpResponse.json({ customerIds: store.permissions.extraCustomersOf(id) });
    }),
    http.put(`${baseUrl}/customer-users/:id/customers`, async ({ params, request }) => {
      await simulateNetwork(store);
      const id = String(params.id);
      const user = store.getCustomerUser(id);
      if (!user.ok) return respond(user);
      const denied = refusal();
      if (denied) return denied;
      const body = await parseBody(request, extraCustomersSchema);
      if (!body.ok) return body.answer;
      const { customerIds } = body.data;
      if (!customerIds.every((customerId) => store.hasCustomer(customerId))) {
        return respond({ ok: false, status: 400, errors: { customerIds: 'Unknown customer.' } });
      }
      if (customerIds.includes(user.value.customerId)) {
        return respond({
          ok: false,
          status: 400,
          errors: { customerIds: 'The primary customer cannot be an extra customer as well.' },
        });
      }
      store.permissions.setExtraCustomers(id, customerIds);
      store.changed();
      return HttpResponse.json({ customerIds: store.permissions.extraCustomersOf(id) });
    }),
  ];
}
