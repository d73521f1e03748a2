import { createHandlers } from '@mocks/handlers/create-handlers';
import { demoCustomerUsers, demoGroups, unknownIds } from '@mocks/seed/fixtures';
import { DemoStore } from '@mocks/store/demo-store';
import { getResponse } from 'msw';
import { buildApiPath } from '@/api/api-paths';
import { type ExampleCall, openApiJson } from '@/api/openapi/document';
import { operations } from '@/api/openapi/operations';

// The document's examples are the mock's answers to calls on the demo seed, each on a fresh store: real answers,
// named through the seed's fixtures (never its ids), the same on every run.

/** Where the examples' calls go: an absolute base, so they resolve the same in Node and in a browser. */
const baseUrl = 'http://contract.example/api';

interface Call {
  operationId: string;
  name: string;
  summary: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Sets the store up before the call (a non-administrator, a setting). */
  prepare?: (store: DemoStore) => void;
  /** The answer holds a time or a password, different on every call: the request is the example. */
  volatile?: boolean;
}

const { jdoe, msmith } = demoCustomerUsers;
const { support, users } = demoGroups;
const notAdministrator = (store: DemoStore) => {
  store.agent = { ...store.agent, isAdministrator: false };
};
const cell = (row: string, type: 'ro' | 'rw', granted: boolean, field = 'permissions') => ({
  row,
  field,
  type,
  granted,
});
/** A customer user's editable fields, as a write sends them. */
const fieldsOf = ({ id: _id, ...fields }: typeof jdoe) => fields;
const stored = (store: DemoStore) => {
  const found = store.customerUsers.get(jdoe.id);
  if (!found.ok) throw new Error('The seed has no jdoe.');
  return found.value;
};
const storedCustomer = (store: DemoStore) => {
  const found = store.customers.get(jdoe.customerId);
  if (!found.ok) throw new Error(`The seed has no ${jdoe.customerId}.`);
  return found.value;
};
const newUser = {
  firstName: 'Erika',
  lastName: 'Mustermann',
  login: 'emustermann',
  email: `erika.mustermann@${jdoe.email.split('@')[1]}`,
  customerId: jdoe.customerId,
};

/** The calls, in the document's order. A body given as a function is made from the fresh store. */
const calls: (Omit<Call, 'body'> & { body?: unknown | ((store: DemoStore) => unknown) })[] = [
  {
    operationId: 'listCustomerUsers',
    name: 'search',
    summary: 'The first two matches of a search',
    query: { search: jdoe.lastName, limit: '2' },
  },
  { operationId: 'listCustomerUsers', name: 'limitTooHigh', summary: 'A page over the cap', query: { limit: '5000' } },
  {
    operationId: 'createCustomerUser',
    name: 'add',
    summary: 'A new customer user; the password is generated',
    body: newUser,
    volatile: true,
  },
  {
    operationId: 'createCustomerUser',
    name: 'taken',
    summary: 'A username and an email another customer user has, in other letter case',
    body: { ...newUser, login: jdoe.login.toUpperCase(), email: jdoe.email.toUpperCase() },
  },
  { operationId: 'getCustomerUser', name: 'read', summary: 'A customer user', params: { customerUserId: jdoe.id } },
  {
    operationId: 'getCustomerUser',
    name: 'unknown',
    summary: 'An id no customer user has',
    params: { customerUserId: unknownIds.customerUser },
  },
  {
    operationId: 'updateCustomerUser',
    name: 'change',
    summary: 'A change, at the version read',
    params: { customerUserId: jdoe.id },
    body: (store: DemoStore) => ({ ...fieldsOf(jdoe), city: 'Bremen', version: stored(store).version }),
    volatile: true,
  },
  {
    operationId: 'updateCustomerUser',
    name: 'stale',
    summary: 'A change at a version that is not the current one: someone else changed it since',
    params: { customerUserId: jdoe.id },
    body: (store: DemoStore) => ({ ...fieldsOf(jdoe), city: 'Bremen', version: stored(store).version + 1 }),
  },
  {
    operationId: 'deleteCustomerUser',
    name: 'never',
    summary: 'Customer users are made invalid instead',
    params: { customerUserId: jdoe.id },
  },
  {
    operationId: 'setCustomerUserValidities',
    name: 'rows',
    summary: 'One row written, one stale, one unknown',
    body: (store: DemoStore) => {
      const other = store.customerUsers.get(msmith.id);
      return {
        changes: [
          { id: jdoe.id, version: stored(store).version, validity: 'invalid' },
          { id: msmith.id, version: (other.ok ? other.value.version : 0) + 1, validity: 'invalid' },
          { id: unknownIds.customerUser, version: 1, validity: 'invalid' },
        ],
      };
    },
  },
  {
    operationId: 'importCustomerUsers',
    name: 'preview',
    summary: 'A dry run: an update, an add, and a row with errors',
    body: {
      dryRun: true,
      rows: [
        { login: jdoe.login, city: 'Bremen' },
        { ...newUser, validity: 'valid' },
        { login: 'bad/name', firstName: 'No', lastName: 'Email' },
      ],
    },
  },
  {
    operationId: 'getCustomerUserHistory',
    name: 'unknown',
    summary: 'The history of a customer user who does not exist',
    params: { customerUserId: unknownIds.customerUser },
  },
  {
    operationId: 'listCustomers',
    name: 'search',
    summary: 'The first two customers by name',
    query: { limit: '2', sort: 'name' },
  },
  {
    operationId: 'createCustomer',
    name: 'taken',
    summary: 'A Customer ID another customer has',
    body: { customerId: jdoe.customerId.toUpperCase(), name: 'Another name' },
  },
  {
    operationId: 'getCustomer',
    name: 'read',
    summary: 'A customer',
    params: { customerId: jdoe.customerId },
  },
  {
    operationId: 'updateCustomer',
    name: 'stale',
    summary: 'A change at a version that is not the current one: someone else changed it since',
    params: { customerId: jdoe.customerId },
    body: (store: DemoStore) => {
      const { createdAt: _a, createdBy: _b, changedAt: _c, changedBy: _d, version, ...fields } = storedCustomer(store);
      return { ...fields, city: 'Bremen', version: version + 1 };
    },
  },
  { operationId: 'listGroups', name: 'all', summary: 'The seed’s groups' },
  {
    operationId: 'getCustomerUserGroups',
    name: 'read',
    summary: 'A customer user’s own permissions',
    params: { customerUserId: jdoe.id },
  },
  {
    operationId: 'getCustomerUserGroups',
    name: 'notAdministrator',
    summary: 'Asked by an agent who is not an administrator',
    params: { customerUserId: jdoe.id },
    prepare: notAdministrator,
  },
  {
    operationId: 'saveCustomerUserGroups',
    name: 'grant',
    summary: 'Grant rw (with ro) on a group',
    params: { customerUserId: msmith.id },
    body: { changes: [cell(support.id, 'ro', true), cell(support.id, 'rw', true)] },
  },
  {
    operationId: 'saveCustomerUserGroups',
    name: 'changedSince',
    summary: 'Grant a permission someone else granted meanwhile',
    params: { customerUserId: jdoe.id },
    body: { changes: [cell(support.id, 'ro', true)] },
  },
  {
    operationId: 'saveCustomerUserGroups',
    name: 'defaultGroup',
    summary: 'A default group cannot be given or taken',
    params: { customerUserId: jdoe.id },
    body: { changes: [cell(users.id, 'ro', false)] },
  },
  {
    operationId: 'getExtraCustomers',
    name: 'read',
    summary: 'A customer user’s extra customers',
    params: { customerUserId: jdoe.id },
  },
  {
    operationId: 'saveExtraCustomers',
    name: 'primary',
    summary: 'The primary customer cannot be an extra customer',
    params: { customerUserId: jdoe.id },
    body: { changes: [{ row: jdoe.customerId, granted: true }] },
  },
  {
    operationId: 'getEffectivePermissions',
    name: 'resolved',
    summary: 'What a customer user may do',
    params: { customerUserId: jdoe.id },
  },
  {
    operationId: 'getCustomerGroups',
    name: 'read',
    summary: 'A customer’s permissions per context',
    params: { customerId: jdoe.customerId },
  },
  {
    operationId: 'getGroupCustomerUsers',
    name: 'search',
    summary: 'The customer users a search finds, with their permissions on the group',
    params: { groupId: support.id },
    query: { search: jdoe.lastName },
  },
  {
    operationId: 'getGroupCustomers',
    name: 'unknown',
    summary: 'A group that does not exist',
    params: { groupId: unknownIds.group },
  },
  { operationId: 'getSession', name: 'administrator', summary: 'The demo’s agent' },
  { operationId: 'getSettings', name: 'seed', summary: 'The settings of the seed' },
  {
    operationId: 'saveSettings',
    name: 'twice',
    summary: 'A default group listed twice',
    body: {
      customerGroupSupport: true,
      alwaysGroups: [users.name, users.name],
      otherCustomersContext: false,
      listLimit: 1000,
    },
  },
  {
    operationId: 'saveSettings',
    name: 'notAdministrator',
    summary: 'Saved by an agent who is not an administrator',
    body: { customerGroupSupport: true, alwaysGroups: [users.name], otherCustomersContext: false, listLimit: 1000 },
    prepare: notAdministrator,
  },
  {
    operationId: 'changeDemoSession',
    name: 'notAdministrator',
    summary: 'Act as an agent who is not an administrator',
    body: { isAdministrator: false },
  },
];

/** The request of a call, as a client sends it. */
function requestOf(call: Call): Request {
  const operation = operations.find((candidate) => candidate.operationId === call.operationId);
  if (!operation) throw new Error(`No operation ${call.operationId}.`);
  const url = new URL(`${baseUrl}${buildApiPath(operation.path, call.params)}`);
  for (const [name, value] of Object.entries(call.query ?? {})) url.searchParams.set(name, value);
  return new Request(url, {
    method: operation.method.toUpperCase(),
    headers: { 'Content-Type': 'application/json' },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
}

/** Makes each call on a fresh demo store and keeps the request and the answer. */
export async function openApiExamples(): Promise<ExampleCall[]> {
  const examples: ExampleCall[] = [];
  for (const { body, ...spec } of calls) {
    const store = new DemoStore();
    spec.prepare?.(store);
    const call: Call = { ...spec, body: typeof body === 'function' ? body(store) : body };
    const response = await getResponse(createHandlers(store, baseUrl), requestOf(call));
    if (!response) throw new Error(`The mock does not answer ${call.operationId}.`);
    const text = await response.text();
    examples.push({
      operationId: call.operationId,
      name: call.name,
      summary: call.summary,
      request: call.body,
      status: response.status,
      response: call.volatile || text === '' ? undefined : JSON.parse(text),
    });
  }
  return examples;
}

/** docs/openapi.json's content, made afresh (before Biome formats it). */
export async function generateOpenApiJson(): Promise<string> {
  return openApiJson(await openApiExamples());
}
