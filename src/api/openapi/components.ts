import * as z from 'zod/mini';
import { customerListQuerySchema, customerPageSchema, customerSchema, customerWriteSchema } from '../customer-schema';
import {
  importRequestSchema,
  importResultSchema,
  importResultsSchema,
  importRowSchema,
  maxImportRows,
} from '../customer-user-import-schema';
import { customerUserListQuerySchema, customerUserPageSchema, customerUserSchema } from '../customer-user-schema';
import { customerUserCreatedSchema, customerUserWriteSchema } from '../customer-user-write-schema';
import {
  demoDataSetSchema,
  demoResetSchema,
  demoSessionSchema,
  demoStateChangeSchema,
  demoStateSchema,
} from '../demo-schema';
import { groupListSchema, groupSchema } from '../group-schema';
import { historyEntrySchema, historyPageSchema, historyQuerySchema } from '../history-schema';
import {
  customerGroupSchema,
  customerGroupsSchema,
  customerUserGroupSchema,
  customerUserGroupsSchema,
  effectivePermissionsSchema,
  extraCustomerCellSchema,
  extraCustomerChangesSchema,
  extraCustomersSchema,
  groupCustomerSchema,
  groupCustomersSchema,
  groupCustomerUserSchema,
  groupCustomerUsersSchema,
  permissionCellSchema,
  permissionChangesSchema,
} from '../permission-schema';
import { errorBodySchema, problemSchema, validationErrorBodySchema } from '../problem';
import { sessionSchema } from '../session-schema';
import { listLimitRange, settingsSchema } from '../settings-schema';
import {
  maxValidityChanges,
  validityBatchResultsSchema,
  validityBatchSchema,
  validityChangeSchema,
  validityResultSchema,
} from '../validity-batch-schema';
import type { ComponentSchema } from './json-schema';

// The document's named schemas: the contract's own, plus the few answer shapes the contract spells only in
// code (a 409's body, the demo's session switch), built here from the contract's parts.

/** A 409 to a record's update: the problem and the record as it is now. */
const recordConflict = <Current extends z.core.$ZodType>(current: Current) => z.extend(errorBodySchema, { current });

/** A 409 to a save of cells: the problem, the cells as they are now, and the rows the save named. */
const cellConflict = <Cell extends z.core.$ZodType, Current extends z.core.$ZodType>(cell: Cell, current: Current) =>
  z.extend(errorBodySchema, { changed: z.array(cell), current });

/** `GET /groups/:groupId/customer-users`' query. The mock reads `search` without a schema of the contract. */
export const groupMemberQuerySchema = z.object({ search: z._default(z.string(), '') });

/** The query schemas of the list paths, for their parameters. */
export const querySchemas = {
  customerUsers: customerUserListQuerySchema,
  customers: customerListQuerySchema,
  history: historyQuerySchema,
  groupMembers: groupMemberQuerySchema,
};

const text =
  'Text is normalised to NFC and trimmed before it is checked and stored. Required text must keep a visible ' +
  'character once spaces, control and format characters (zero-width space, direction marks) are taken out.';
const ids =
  'An ID (`login`, `customerId`) may not contain `*` (the search wildcard), control characters, direction ' +
  'controls, `/`, `\\`, `%`, `?` or `#`, and may not be `.` or `..`: it is part of links.';

export const components: readonly ComponentSchema[] = [
  // Problems.
  {
    id: 'Problem',
    io: 'output',
    schema: problemSchema,
    description:
      'What went wrong: a stable dotted `code` a client translates, the `params` its sentence needs, and the ' +
      "server's English `message` for a client that does not know the code.",
  },
  {
    id: 'Error',
    io: 'output',
    schema: errorBodySchema,
    description:
      'The body of every error answer: a problem as a whole (`code`, `params`, `message`). A 400 adds `errors`, ' +
      'a 409 `current` (and `changed` for cells).',
  },
  {
    id: 'ValidationError',
    io: 'output',
    schema: validationErrorBodySchema,
    description:
      'A 400: the request as a whole (`request.invalid` unless said otherwise) and a problem per field in ' +
      '`errors`, keyed by the field as sent (`email`, `changes`, `rows`…; `body` when there was no JSON object).',
  },
  // Customer users.
  {
    id: 'CustomerUser',
    io: 'output',
    schema: customerUserSchema,
    description:
      'A customer user as the API answers it: never a password. `id` names it in paths; the username ' +
      '(`login`) can change. Customer users are never deleted, only made invalid.',
  },
  {
    id: 'CustomerUserWrite',
    io: 'input',
    schema: customerUserWriteSchema,
    description:
      `What a create (POST) or update (PUT) sends; any other field is refused. ${text} ${ids} ` +
      '`email` is an address as browsers check it (`root@localhost` is one). `login` and `email` are unique ' +
      'among customer users, compared in any letter case, in NFC and without format characters ' +
      '(`username.taken`, `email.taken`). `customerId` names an existing (`customer.unknown`), valid ' +
      '(`customer.not_valid`) customer. `password` empty on a create: one is generated and answered once; ' +
      'empty on an update: unchanged. `version` is required on an update: the version the client read.',
  },
  {
    id: 'CustomerUserCreated',
    io: 'output',
    schema: customerUserCreatedSchema,
    description: 'The answer to a create: the new customer user, and the generated password, said this once.',
  },
  {
    id: 'CustomerUserPage',
    io: 'output',
    schema: customerUserPageSchema,
    description:
      'A page of the customer users a search finds, in the order asked: `total` counts every match, not only ' +
      'this page.',
  },
  {
    id: 'CustomerUserConflict',
    io: 'output',
    schema: recordConflict(customerUserSchema),
    description: 'A 409 to an update: someone changed the customer user since it was read; `current` is it now.',
  },
  {
    id: 'ValidityChange',
    io: 'input',
    schema: validityChangeSchema,
    description: 'One row of a validity batch: the customer user, the version the admin saw, the new validity.',
  },
  {
    id: 'ValidityBatch',
    io: 'input',
    schema: validityBatchSchema,
    description:
      `1 to ${maxValidityChanges} changes (else a 400 \`validity_batch.size\`). Each row is checked on its ` +
      'own: a row that is not a ValidityChange, or names a customer user twice, is answered `invalid` in the ' +
      'results, and refuses only itself.',
  },
  {
    id: 'ValidityResult',
    io: 'output',
    schema: validityResultSchema,
    description:
      'The answer for one row, in the order sent: `updated` (with the new version), `conflict` (someone else ' +
      'changed it since: the current version, nothing written), `not-found`, or `invalid` (with its problem).',
  },
  {
    id: 'ValidityBatchResults',
    io: 'output',
    schema: validityBatchResultsSchema,
    description: 'A result per row, in the order sent.',
  },
  {
    id: 'ImportRow',
    io: 'input',
    schema: importRowSchema,
    description:
      'One row of a file, as text: the columns it has. A column left out keeps the stored value on an update ' +
      'and is empty on an add (validity: valid). Never a password. The row names its customer user by ' +
      'username in any letter case: an unknown one is added, a known one updated. On a write, `version` is ' +
      'the version the preview saw (updates only).',
  },
  {
    id: 'ImportRequest',
    io: 'input',
    schema: importRequestSchema,
    description:
      `1 to ${maxImportRows} rows (else a 400 \`import.size\`). \`dryRun: true\` checks every row and writes ` +
      'nothing. Each row is checked on its own with the rules of CustomerUserWrite and answered in the ' +
      'results; a username or email twice in the file is refused on its later rows.',
  },
  {
    id: 'ImportResult',
    io: 'output',
    schema: importResultSchema,
    description:
      'The answer for one row, in the order sent: `add` (on a write with its `id` and `generatedPassword`), ' +
      '`update` (`id`, `version`), `unchanged` (nothing written), `invalid` (`problems` by field, or `row`), ' +
      '`conflict` (changed since the preview: the current `version`, nothing written).',
  },
  {
    id: 'ImportResults',
    io: 'output',
    schema: importResultsSchema,
    description: 'A result per row, in the order sent. Importing the same file again writes no row twice.',
  },
  {
    id: 'HistoryEntry',
    io: 'output',
    schema: historyEntrySchema,
    description:
      'One write to a customer user: when, by whom (the agent), and what changed. A password change says only ' +
      'that it changed.',
  },
  {
    id: 'HistoryPage',
    io: 'output',
    schema: historyPageSchema,
    description: "A page of a customer user's history, newest first.",
  },
  // Customers.
  {
    id: 'Customer',
    io: 'output',
    schema: customerSchema,
    description:
      'A customer company. Its Customer ID names it in paths and in its customer users, so it never changes. ' +
      'Customers are never deleted, only made invalid.',
  },
  {
    id: 'CustomerWrite',
    io: 'input',
    schema: customerWriteSchema,
    description:
      `What a create (POST) or update (PUT) sends; any other field is refused. ${text} ${ids} ` +
      '`customerId` and `name` are unique among customers, compared in any letter case, in NFC and without ' +
      'format characters (`customer_id.taken`, `customer_name.taken`); an update cannot change the ' +
      'Customer ID (`customer_id.unchangeable`). `version` is required on an update.',
  },
  {
    id: 'CustomerPage',
    io: 'output',
    schema: customerPageSchema,
    description: 'A page of the customers a search finds, in the order asked; `total` counts every match.',
  },
  {
    id: 'CustomerConflict',
    io: 'output',
    schema: recordConflict(customerSchema),
    description: 'A 409 to an update: someone changed the customer since it was read; `current` is it now.',
  },
  // Groups, session, settings.
  {
    id: 'Group',
    io: 'output',
    schema: groupSchema,
    description: 'A group of the service desk. Only valid groups can be assigned.',
  },
  { id: 'GroupList', io: 'output', schema: groupListSchema, description: 'Every group, by name.' },
  {
    id: 'Session',
    io: 'output',
    schema: sessionSchema,
    description: 'Who uses the console. Only administrators change group membership and the settings.',
  },
  {
    id: 'Settings',
    io: 'output',
    schema: settingsSchema,
    description:
      'The server settings the console adapts to; a PUT sends all of them, and any other field is refused. ' +
      '`alwaysGroups`: the default groups every customer user has, names of existing groups, each once ' +
      `(\`settings.always_groups.unknown\`, \`.twice\`). \`listLimit\` (${listLimitRange.min} to ` +
      `${listLimitRange.max}): how many rows the console's lists show before they say "only the first N".`,
  },
  // Permissions.
  {
    id: 'PermissionCell',
    io: 'input',
    schema: permissionCellSchema,
    description:
      'One cell of a matrix, granted or revoked: a permission type (`ro`, `rw`) in one field (`permissions`, ' +
      'or the contexts `same` / `other`) of one row (a group, customer user or customer, by id). `granted` is ' +
      "the admin's new value, so the value they read is its opposite.",
  },
  {
    id: 'PermissionChanges',
    io: 'input',
    schema: permissionChangesSchema,
    description:
      'The cells the admin changed, and only those. The server applies all or nothing. rw always comes with ' +
      'ro: granting rw without ro, or revoking ro while rw stays, is refused (`cell.rw_needs_ro`). A default ' +
      'group (`cell.default_group`), an invalid group (`cell.invalid_group`), an unknown row, a field the path ' +
      'does not have, or the Other Customers context while it is off, is a 400.',
  },
  {
    id: 'ExtraCustomerCell',
    io: 'input',
    schema: extraCustomerCellSchema,
    description: 'One extra customer (by Customer ID), granted or revoked.',
  },
  {
    id: 'ExtraCustomerChanges',
    io: 'input',
    schema: extraCustomerChangesSchema,
    description:
      "The extra customers the admin changed. Only valid customers can be granted, never the customer user's " +
      'own (primary) customer, each at most once.',
  },
  {
    id: 'CustomerUserGroups',
    io: 'output',
    schema: customerUserGroupsSchema,
    description: "A customer user's own permissions on every group (an empty set where they have none).",
  },
  { id: 'CustomerUserGroup', io: 'output', schema: customerUserGroupSchema, description: 'One group of the matrix.' },
  {
    id: 'CustomerGroups',
    io: 'output',
    schema: customerGroupsSchema,
    description: "A customer's permissions on every group, per context (Same Customer, Other Customers).",
  },
  { id: 'CustomerGroup', io: 'output', schema: customerGroupSchema, description: 'One group of the matrix.' },
  {
    id: 'GroupCustomerUsers',
    io: 'output',
    schema: groupCustomerUsersSchema,
    description:
      "A group's permissions of the customer users a search finds: at most 200 of them, in username order; " +
      '`total` counts every match.',
  },
  {
    id: 'GroupCustomerUser',
    io: 'output',
    schema: groupCustomerUserSchema,
    description: 'One customer user of the matrix.',
  },
  {
    id: 'GroupCustomers',
    io: 'output',
    schema: groupCustomersSchema,
    description: "A group's permissions of every customer, per context.",
  },
  { id: 'GroupCustomer', io: 'output', schema: groupCustomerSchema, description: 'One customer of the matrix.' },
  {
    id: 'ExtraCustomers',
    io: 'output',
    schema: extraCustomersSchema,
    description: 'The customers a customer user serves besides their own, by Customer ID.',
  },
  {
    id: 'EffectivePermissions',
    io: 'output',
    schema: effectivePermissionsSchema,
    description:
      'What a customer user may do, resolved. A type (ro, rw) on a valid group holds when the customer user ' +
      'has it (or rw) directly; or one of their customers (primary or extra, valid ones) has it (or rw) on the ' +
      'group in the Same Customer context; or the group is a default group. With customer group support off, ' +
      'every type on every valid group holds. `customerAccess`: their own valid customers (`direct`), and, with ' +
      'the Other Customers context on, every other valid customer that holds, in Same Customer, a group one of ' +
      'their own customers holds in Other Customers (`indirect`). Groups by name, customers by Customer ID.',
  },
  {
    id: 'CustomerUserGroupsConflict',
    io: 'output',
    schema: cellConflict(permissionCellSchema, customerUserGroupsSchema),
    description:
      'A 409 to a save of cells: `changed` are the cells as they are now, `current` the rows the save named.',
  },
  {
    id: 'ExtraCustomersConflict',
    io: 'output',
    schema: cellConflict(extraCustomerCellSchema, extraCustomersSchema),
    description: 'A 409 to a save of extra customers: `changed` are the cells as they are now, `current` all of them.',
  },
  {
    id: 'CustomerGroupsConflict',
    io: 'output',
    schema: cellConflict(permissionCellSchema, customerGroupsSchema),
    description:
      'A 409 to a save of cells: `changed` are the cells as they are now, `current` the rows the save named.',
  },
  {
    id: 'GroupCustomerUsersConflict',
    io: 'output',
    schema: cellConflict(permissionCellSchema, z.object({ items: z.array(groupCustomerUserSchema) })),
    description:
      'A 409 to a save of cells: `changed` are the cells as they are now, `current` the rows the save named.',
  },
  {
    id: 'GroupCustomersConflict',
    io: 'output',
    schema: cellConflict(permissionCellSchema, groupCustomersSchema),
    description:
      'A 409 to a save of cells: `changed` are the cells as they are now, `current` the rows the save named.',
  },
  // The demo (mock only).
  {
    id: 'DemoDataSet',
    io: 'output',
    schema: demoDataSetSchema,
    description:
      'Mock only. The data set: the hand-made seed (`demo`, with N extra generated groups), an empty ' +
      'installation, or N generated customer users.',
  },
  {
    id: 'DemoDataSet',
    io: 'input',
    schema: demoDataSetSchema,
    description:
      'Mock only. The data set: the hand-made seed (`demo`, with N extra generated groups), an empty ' +
      'installation, or N generated customer users.',
  },
  {
    id: 'DemoState',
    io: 'output',
    schema: demoStateSchema,
    description: "Mock only. The demo's switches: the data set, the latency of every answer, the fault mode.",
  },
  {
    id: 'DemoStateChange',
    io: 'input',
    schema: demoStateChangeSchema,
    description: 'Mock only. The switches to change; the others stay.',
  },
  {
    id: 'DemoReset',
    io: 'input',
    schema: demoResetSchema,
    description: 'Mock only. The data set to put back; the hand-made seed when none is named.',
  },
  {
    id: 'DemoSessionChange',
    io: 'input',
    schema: demoSessionSchema,
    description: 'Mock only. Act as an administrator or not.',
  },
];
