import type * as z from 'zod/mini';
import { type ApiPath, apiPaths } from '../api-paths';
import type { ProblemCode } from '../problem-english';
import { querySchemas } from './components';

// Every operation of the HTTP API, one row each: what it does, the rules its schemas cannot say, what it
// takes and what it answers per status. `document.ts` turns the rows into OpenAPI.

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type Status = 200 | 201 | 204 | 400 | 403 | 404 | 405 | 409;

export interface Answer {
  description: string;
  /** The body's schema, a component's id; none: no body. */
  schema?: string;
  /** The problem codes this answer can carry (its own and its fields'). */
  codes?: readonly ProblemCode[];
  /** Headers besides `Content-Type`, by name: a component of `#/components/headers`. */
  headers?: readonly string[];
}

export interface Operation {
  path: ApiPath;
  method: Method;
  operationId: string;
  tag: 'Customer users' | 'Customers' | 'Permissions' | 'Session and settings' | 'Demo' | 'Contract';
  summary: string;
  description?: string;
  /** The query string, as the contract parses it. */
  query?: z.core.$ZodType;
  /** The body, a component's id; `optional`: a request may send none. */
  body?: { schema: string; optional?: boolean };
  responses: Partial<Record<Status, Answer>>;
  /** Only the mock API serves it; a real backend has none of it (`x-mock-only`). */
  mockOnly?: boolean;
}

const notFound = (codes: readonly ProblemCode[]): Answer => ({
  description: 'What the path names does not exist.',
  schema: 'Error',
  codes,
});

const invalid = (description: string, codes: readonly ProblemCode[]): Answer => ({
  description: `${description} A problem per field in \`errors\`; nothing is written.`,
  schema: 'ValidationError',
  codes,
});

const notDeletable = (code: ProblemCode): Answer => ({
  description: 'Never: records are made invalid, not deleted. `Allow` says what the path supports.',
  schema: 'Error',
  codes: [code],
  headers: ['Allow'],
});

/** The rules every text field of a write can break. */
const fieldCodes = [
  'request.invalid',
  'request.unknown_field',
  'request.not_json_object',
  'text.required',
  'text.not_text',
  'text.too_long',
  'name.wildcard',
  'id.control_characters',
  'id.dot_segment',
  'id.url_breaker',
  'validity.invalid',
  'version.invalid',
  'value.invalid',
] as const satisfies readonly ProblemCode[];

const membership = {
  forbidden: {
    description: 'Only administrators see and change group membership, and only while customer group support is on.',
    schema: 'Error',
    codes: ['membership.administrators_only', 'membership.disabled'],
  },
  cellCodes: [
    'request.invalid',
    'request.unknown_field',
    'request.not_json_object',
    'value.invalid',
    'text.required',
    'cell.no_such_field',
    'cell.other_context_off',
    'cell.unknown_group',
    'cell.default_group',
    'cell.invalid_group',
    'cell.sent_twice',
    'cell.rw_needs_ro',
  ],
  conflict: (schema: string): Answer => ({
    description:
      'A cell the save names changed since it was read: nothing is written; `changed` says which cells, ' +
      'as they are now, and `current` the rows the save named.',
    schema,
    codes: ['permissions.conflict'],
  }),
} as const satisfies Record<string, unknown>;

const saveCells =
  'Sends only the cells the admin changed, so two admins\u2019 saves of different cells merge. Applied all or ' +
  'nothing, checked and written atomically; answers the cells saved.';

const listQuery =
  '`search`: a contains-match, in any letter case and without accents, over the username, first and last ' +
  'name, Customer ID and email (customers: Customer ID, name and the other text fields); `*` is a wildcard ' +
  'inside a word; every word is required, each in any field; a "quoted phrase" is one term. `limit` is at most ' +
  '1000: a page never holds more, and the console pages on (with `offset`) to reach every match.';

export const operations: readonly Operation[] = [
  // -- Customer users --
  {
    path: apiPaths.customerUsers,
    method: 'get',
    operationId: 'listCustomerUsers',
    tag: 'Customer users',
    summary: 'Search customer users',
    description: `${listQuery} \`sort\`: a column, \`-\` in front for descending; ties by username.`,
    query: querySchemas.customerUsers,
    responses: {
      200: { description: 'A page of the matches.', schema: 'CustomerUserPage', headers: ['Server-Timing'] },
      400: invalid('The query is not valid.', ['request.invalid', 'value.invalid', 'validity.invalid']),
    },
  },
  {
    path: apiPaths.customerUsers,
    method: 'post',
    operationId: 'createCustomerUser',
    tag: 'Customer users',
    summary: 'Add a customer user',
    description:
      'Without a password, one is generated and answered once (`generatedPassword`); it is never answered again.',
    body: { schema: 'CustomerUserWrite' },
    responses: {
      201: { description: 'Added, at version 1.', schema: 'CustomerUserCreated' },
      400: invalid('The customer user is not valid, or its username or email is taken.', [
        ...fieldCodes,
        'email.invalid',
        'username.taken',
        'email.taken',
        'customer.unknown',
        'customer.not_valid',
      ]),
    },
  },
  {
    path: apiPaths.customerUserValidityBatch,
    method: 'post',
    operationId: 'setCustomerUserValidities',
    tag: 'Customer users',
    summary: 'Set the validity of many customer users',
    description:
      'Each row names the version the admin saw: a row someone changed since is answered `conflict`, not ' +
      'overwritten. Rows are independent: each is written or refused on its own.',
    body: { schema: 'ValidityBatch' },
    responses: {
      200: { description: 'A result per row, in the order sent.', schema: 'ValidityBatchResults' },
      400: invalid('The batch as a whole is not valid (not 1 to 1000 rows).', [
        'request.invalid',
        'request.unknown_field',
        'request.not_json_object',
        'value.invalid',
        'validity_batch.size',
      ]),
    },
  },
  {
    path: apiPaths.customerUserImport,
    method: 'post',
    operationId: 'importCustomerUsers',
    tag: 'Customer users',
    summary: 'Import customer users from a file',
    description:
      'A client sends a file in batches of at most 1000 rows: first a dry run for the preview, then the ' +
      'writes, each update with the version the preview saw. A row whose values equal the stored ones is ' +
      '`unchanged` and not written.',
    body: { schema: 'ImportRequest' },
    responses: {
      200: { description: 'A result per row, in the order sent.', schema: 'ImportResults' },
      400: invalid('The request as a whole is not valid.', [
        'request.invalid',
        'request.unknown_field',
        'request.not_json_object',
        'value.invalid',
        'import.size',
        'import.dry_run_invalid',
      ]),
    },
  },
  {
    path: apiPaths.customerUser,
    method: 'get',
    operationId: 'getCustomerUser',
    tag: 'Customer users',
    summary: 'Read a customer user',
    responses: {
      200: { description: 'The customer user.', schema: 'CustomerUser' },
      404: notFound(['customer_user.not_found']),
    },
  },
  {
    path: apiPaths.customerUser,
    method: 'put',
    operationId: 'updateCustomerUser',
    tag: 'Customer users',
    summary: 'Change a customer user',
    description:
      'Sends every field and the `version` read. An empty password keeps the stored one. The check and the ' +
      'write are one atomic step.',
    body: { schema: 'CustomerUserWrite' },
    responses: {
      200: { description: 'Changed: the next version.', schema: 'CustomerUser' },
      400: invalid('The customer user is not valid, its username or email is taken, or `version` is missing.', [
        ...fieldCodes,
        'email.invalid',
        'username.taken',
        'email.taken',
        'customer.unknown',
        'customer.not_valid',
        'customer_user.version_required',
      ]),
      404: notFound(['customer_user.not_found']),
      409: {
        description: 'Someone else changed the customer user since `version`: nothing is written.',
        schema: 'CustomerUserConflict',
        codes: ['customer_user.version_conflict'],
      },
    },
  },
  {
    path: apiPaths.customerUser,
    method: 'delete',
    operationId: 'deleteCustomerUser',
    tag: 'Customer users',
    summary: 'Delete a customer user: never',
    responses: { 405: notDeletable('customer_user.not_deletable') },
  },
  {
    path: apiPaths.customerUserHistory,
    method: 'get',
    operationId: 'getCustomerUserHistory',
    tag: 'Customer users',
    summary: "Read a customer user's history",
    description: 'Every write to the customer user (their data and their memberships), newest first.',
    query: querySchemas.history,
    responses: {
      200: { description: 'A page of the history.', schema: 'HistoryPage' },
      400: invalid('The query is not valid.', ['request.invalid', 'value.invalid']),
      404: notFound(['customer_user.not_found']),
    },
  },
  // -- Customers --
  {
    path: apiPaths.customers,
    method: 'get',
    operationId: 'listCustomers',
    tag: 'Customers',
    summary: 'Search customers',
    description: `${listQuery} \`sort\`: a column, \`-\` in front for descending.`,
    query: querySchemas.customers,
    responses: {
      200: { description: 'A page of the matches.', schema: 'CustomerPage', headers: ['Server-Timing'] },
      400: invalid('The query is not valid.', ['request.invalid', 'value.invalid', 'validity.invalid']),
    },
  },
  {
    path: apiPaths.customers,
    method: 'post',
    operationId: 'createCustomer',
    tag: 'Customers',
    summary: 'Add a customer',
    body: { schema: 'CustomerWrite' },
    responses: {
      201: { description: 'Added, at version 1.', schema: 'Customer' },
      400: invalid('The customer is not valid, or its Customer ID or name is taken.', [
        ...fieldCodes,
        'customer_id.taken',
        'customer_name.taken',
      ]),
    },
  },
  {
    path: apiPaths.customer,
    method: 'get',
    operationId: 'getCustomer',
    tag: 'Customers',
    summary: 'Read a customer',
    responses: {
      200: { description: 'The customer.', schema: 'Customer' },
      404: notFound(['customer.not_found']),
    },
  },
  {
    path: apiPaths.customer,
    method: 'put',
    operationId: 'updateCustomer',
    tag: 'Customers',
    summary: 'Change a customer',
    description: 'Sends every field and the `version` read. The Customer ID cannot change.',
    body: { schema: 'CustomerWrite' },
    responses: {
      200: { description: 'Changed: the next version.', schema: 'Customer' },
      400: invalid('The customer is not valid, its name is taken, or `version` is missing.', [
        ...fieldCodes,
        'customer_name.taken',
        'customer_id.unchangeable',
        'customer.version_required',
      ]),
      404: notFound(['customer.not_found']),
      409: {
        description: 'Someone else changed the customer since `version`: nothing is written.',
        schema: 'CustomerConflict',
        codes: ['customer.version_conflict'],
      },
    },
  },
  {
    path: apiPaths.customer,
    method: 'delete',
    operationId: 'deleteCustomer',
    tag: 'Customers',
    summary: 'Delete a customer: never',
    responses: { 405: notDeletable('customer.not_deletable') },
  },
  // -- Permissions --
  {
    path: apiPaths.groups,
    method: 'get',
    operationId: 'listGroups',
    tag: 'Permissions',
    summary: 'List every group',
    responses: { 200: { description: 'Every group, valid or not.', schema: 'GroupList' } },
  },
  {
    path: apiPaths.customerUserGroups,
    method: 'get',
    operationId: 'getCustomerUserGroups',
    tag: 'Permissions',
    summary: "Read a customer user's groups",
    responses: {
      200: { description: 'Their own permissions on every group.', schema: 'CustomerUserGroups' },
      403: membership.forbidden,
      404: notFound(['customer_user.not_found']),
    },
  },
  {
    path: apiPaths.customerUserGroups,
    method: 'put',
    operationId: 'saveCustomerUserGroups',
    tag: 'Permissions',
    summary: "Change a customer user's groups",
    description: `${saveCells} Rows are groups; the field is \`permissions\`.`,
    body: { schema: 'PermissionChanges' },
    responses: {
      200: { description: 'Saved: the cells as sent.', schema: 'PermissionChanges' },
      400: invalid('A cell cannot be changed.', membership.cellCodes),
      403: membership.forbidden,
      404: notFound(['customer_user.not_found']),
      409: membership.conflict('CustomerUserGroupsConflict'),
    },
  },
  {
    path: apiPaths.customerUserCustomers,
    method: 'get',
    operationId: 'getExtraCustomers',
    tag: 'Permissions',
    summary: "Read a customer user's extra customers",
    responses: {
      200: { description: 'The extra customers.', schema: 'ExtraCustomers' },
      403: membership.forbidden,
      404: notFound(['customer_user.not_found']),
    },
  },
  {
    path: apiPaths.customerUserCustomers,
    method: 'put',
    operationId: 'saveExtraCustomers',
    tag: 'Permissions',
    summary: "Change a customer user's extra customers",
    description: 'Sends only the customers the admin ticked or unticked; applied all or nothing.',
    body: { schema: 'ExtraCustomerChanges' },
    responses: {
      200: { description: 'Saved: every extra customer now.', schema: 'ExtraCustomers' },
      400: invalid('A customer cannot be granted or revoked.', [
        'request.invalid',
        'request.unknown_field',
        'request.not_json_object',
        'value.invalid',
        'text.required',
        'cell.unknown_customer',
        'extra_customer.not_valid',
        'extra_customer.primary',
        'extra_customer.sent_twice',
      ]),
      403: membership.forbidden,
      404: notFound(['customer_user.not_found']),
      409: membership.conflict('ExtraCustomersConflict'),
    },
  },
  {
    path: apiPaths.customerUserEffectivePermissions,
    method: 'get',
    operationId: 'getEffectivePermissions',
    tag: 'Permissions',
    summary: "Resolve a customer user's permissions",
    description: 'See EffectivePermissions for the rule. Anyone may read it, administrator or not.',
    responses: {
      200: { description: 'What the customer user may do.', schema: 'EffectivePermissions' },
      404: notFound(['customer_user.not_found']),
    },
  },
  {
    path: apiPaths.customerGroups,
    method: 'get',
    operationId: 'getCustomerGroups',
    tag: 'Permissions',
    summary: "Read a customer's groups",
    responses: {
      200: { description: 'Its permissions on every group, per context.', schema: 'CustomerGroups' },
      403: membership.forbidden,
      404: notFound(['customer.not_found']),
    },
  },
  {
    path: apiPaths.customerGroups,
    method: 'put',
    operationId: 'saveCustomerGroups',
    tag: 'Permissions',
    summary: "Change a customer's groups",
    description: `${saveCells} Rows are groups; the fields are the contexts \`same\` and \`other\`.`,
    body: { schema: 'PermissionChanges' },
    responses: {
      200: { description: 'Saved: the cells as sent.', schema: 'PermissionChanges' },
      400: invalid('A cell cannot be changed.', membership.cellCodes),
      403: membership.forbidden,
      404: notFound(['customer.not_found']),
      409: membership.conflict('CustomerGroupsConflict'),
    },
  },
  {
    path: apiPaths.groupCustomerUsers,
    method: 'get',
    operationId: 'getGroupCustomerUsers',
    tag: 'Permissions',
    summary: "Read a group's customer users",
    description: 'The customer users `search` finds (the rules of the customer user search), at most 200.',
    query: querySchemas.groupMembers,
    responses: {
      200: { description: 'Their permissions on the group.', schema: 'GroupCustomerUsers' },
      403: membership.forbidden,
      404: notFound(['group.not_found']),
    },
  },
  {
    path: apiPaths.groupCustomerUsers,
    method: 'put',
    operationId: 'saveGroupCustomerUsers',
    tag: 'Permissions',
    summary: "Change a group's customer users",
    description: `${saveCells} Rows are customer users (by \`id\`); the field is \`permissions\`.`,
    body: { schema: 'PermissionChanges' },
    responses: {
      200: { description: 'Saved: the cells as sent.', schema: 'PermissionChanges' },
      400: invalid('A cell cannot be changed.', [...membership.cellCodes, 'cell.unknown_customer_user']),
      403: membership.forbidden,
      404: notFound(['group.not_found']),
      409: membership.conflict('GroupCustomerUsersConflict'),
    },
  },
  {
    path: apiPaths.groupCustomers,
    method: 'get',
    operationId: 'getGroupCustomers',
    tag: 'Permissions',
    summary: "Read a group's customers",
    responses: {
      200: { description: 'Their permissions on the group, per context.', schema: 'GroupCustomers' },
      403: membership.forbidden,
      404: notFound(['group.not_found']),
    },
  },
  {
    path: apiPaths.groupCustomers,
    method: 'put',
    operationId: 'saveGroupCustomers',
    tag: 'Permissions',
    summary: "Change a group's customers",
    description: `${saveCells} Rows are customers (by Customer ID); the fields are the contexts.`,
    body: { schema: 'PermissionChanges' },
    responses: {
      200: { description: 'Saved: the cells as sent.', schema: 'PermissionChanges' },
      400: invalid('A cell cannot be changed.', [...membership.cellCodes, 'cell.unknown_customer']),
      403: membership.forbidden,
      404: notFound(['group.not_found']),
      409: membership.conflict('GroupCustomersConflict'),
    },
  },
  // -- Session and settings --
  {
    path: apiPaths.session,
    method: 'get',
    operationId: 'getSession',
    tag: 'Session and settings',
    summary: 'Who uses the console',
    responses: { 200: { description: 'The signed-in agent.', schema: 'Session' } },
  },
  {
    path: apiPaths.settings,
    method: 'get',
    operationId: 'getSettings',
    tag: 'Session and settings',
    summary: 'Read the settings',
    responses: { 200: { description: 'The settings.', schema: 'Settings' } },
  },
  {
    path: apiPaths.settings,
    method: 'put',
    operationId: 'saveSettings',
    tag: 'Session and settings',
    summary: 'Change the settings',
    body: { schema: 'Settings' },
    responses: {
      200: { description: 'Saved.', schema: 'Settings' },
      400: invalid('A setting is not valid.', [
        'request.invalid',
        'request.unknown_field',
        'request.not_json_object',
        'settings.customer_group_support.invalid',
        'settings.always_groups.not_list',
        'settings.always_groups.not_names',
        'settings.always_groups.unknown',
        'settings.always_groups.twice',
        'settings.other_customers_context.invalid',
        'settings.list_limit.invalid',
      ]),
      403: {
        description: 'Only administrators change the settings.',
        schema: 'Error',
        codes: ['settings.administrators_only'],
      },
    },
  },
  // -- The contract itself --
  {
    path: apiPaths.openapi,
    method: 'get',
    operationId: 'getOpenApiDocument',
    tag: 'Contract',
    summary: 'This document',
    description: 'The mock API serves this document; a real backend may, but need not.',
    mockOnly: true,
    responses: { 200: { description: 'The OpenAPI document.', schema: 'OpenApiDocument' } },
  },
  // -- The demo: the mock API only --
  {
    path: apiPaths.demoState,
    method: 'get',
    operationId: 'getDemoState',
    tag: 'Demo',
    summary: "Read the demo's switches",
    description: 'Answered at once: `/demo/*` has neither latency nor faults.',
    mockOnly: true,
    responses: { 200: { description: 'The switches as they are.', schema: 'DemoState' } },
  },
  {
    path: apiPaths.demoState,
    method: 'patch',
    operationId: 'changeDemoState',
    tag: 'Demo',
    summary: "Change the demo's switches",
    description: 'Latency and faults apply to every other path from the next request on; `/demo/*` has neither.',
    mockOnly: true,
    body: { schema: 'DemoStateChange' },
    responses: {
      200: { description: 'Every switch now.', schema: 'DemoState' },
      400: invalid('A switch is not valid.', ['request.invalid', 'request.unknown_field', 'value.invalid']),
    },
  },
  {
    path: apiPaths.demoReset,
    method: 'post',
    operationId: 'resetDemo',
    tag: 'Demo',
    summary: 'Put a data set back',
    description:
      'Replaces every record, membership and setting, and the session, with the data set (the hand-made seed ' +
      'when none is named), at once; the latency and the faults stay.',
    mockOnly: true,
    body: { schema: 'DemoReset', optional: true },
    responses: {
      200: { description: 'Every switch now.', schema: 'DemoState' },
      400: invalid('The data set is not valid.', ['request.invalid', 'request.unknown_field', 'value.invalid']),
    },
  },
  {
    path: apiPaths.demoSession,
    method: 'post',
    operationId: 'changeDemoSession',
    tag: 'Demo',
    summary: 'Act as an administrator or not',
    description:
      'Changes the session `GET /session` answers, at once (`/demo/*` has neither latency nor faults); ' +
      'the records, memberships and settings stay.',
    mockOnly: true,
    body: { schema: 'DemoSessionChange' },
    responses: {
      200: { description: 'The session now.', schema: 'Session' },
      400: invalid('The body is not valid.', ['request.invalid', 'request.unknown_field', 'value.invalid']),
    },
  },
];
