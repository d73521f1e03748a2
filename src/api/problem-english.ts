import type * as z from 'zod/mini';
import { englishFieldLabel } from './labels';
import { type Problem, type ProblemData, type ProblemParams, problemOfIssue } from './problem';

// The server's language: every code's English sentence, for the mock API (and a server that reuses it).
// Its own module, outside the console's first-visit chunk: the console says problems through its own
// catalogs (src/i18n), loaded on demand.

const text = (params: ProblemParams, name: string) => String(params[name] ?? '');
const label = (params: ProblemParams) => englishFieldLabel(text(params, 'field'));

/**
 * Every code and its English sentence (the server's language). English is exactly what the API and the
 * console said before codes existed; tests find things by these sentences.
 */
const english = {
  // The contract's rules on fields.
  'text.required': (p: ProblemParams) => `${label(p)} is required.`,
  'text.not_text': (p: ProblemParams) => `${label(p)} must be text.`,
  'text.too_long': (p: ProblemParams) => `${label(p)} must be at most ${text(p, 'max')} characters.`,
  'email.invalid': (p: ProblemParams) => `${label(p)} must be a valid email address.`,
  'name.wildcard': (p: ProblemParams) => `${label(p)} may not contain “*”, the search wildcard.`,
  'id.control_characters': (p: ProblemParams) =>
    `${label(p)} may not contain control characters or invisible direction marks.`,
  'id.dot_segment': (p: ProblemParams) => `${label(p)} cannot be “.” or “..”: links to it would point elsewhere.`,
  'id.url_breaker': (p: ProblemParams) =>
    `${label(p)} may not contain “${text(p, 'character')}”: it would break links.`,
  'validity.invalid': () => 'Validity must be valid, invalid or invalid-temporarily.',
  'version.invalid': () => 'Version must be a whole number.',
  'settings.customer_group_support.invalid': () => 'Customer group support must be true or false.',
  'settings.always_groups.not_names': () => 'Default groups must be group names.',
  'settings.always_groups.not_list': () => 'Default groups must be a list of group names.',
  'settings.other_customers_context.invalid': () => 'The Other Customers context must be true or false.',
  'settings.list_limit.invalid': (p: ProblemParams) =>
    `List limit must be a whole number from ${text(p, 'min')} to ${text(p, 'max')}.`,
  /** Any other value the contract refuses (zod's own words). */
  'value.invalid': () => 'Invalid input',
  // The request as a whole.
  'request.invalid': () => 'Some fields are not valid.',
  'request.unknown_field': (p: ProblemParams) => `Unknown field "${text(p, 'key')}".`,
  'request.unknown_field_in': (p: ProblemParams) => `Unknown field "${text(p, 'key')}" in ${text(p, 'path')}.`,
  'request.not_json_object': () => 'The request body must be a JSON object.',
  'method.not_allowed': (p: ProblemParams) =>
    `${text(p, 'method')} is not supported here. Allowed: ${text(p, 'allow')}.`,
  // Records.
  'customer_user.not_found': (p: ProblemParams) => `Customer user "${text(p, 'id')}" does not exist.`,
  'customer.not_found': (p: ProblemParams) => `Customer "${text(p, 'id')}" does not exist.`,
  'group.not_found': (p: ProblemParams) => `Group "${text(p, 'id')}" does not exist.`,
  'customer_user.version_required': () => 'Version is required to update a customer user.',
  'customer.version_required': () => 'Version is required to update a customer.',
  'customer_user.version_conflict': () => 'Someone else changed this customer user in the meantime.',
  'customer.version_conflict': () => 'Someone else changed this customer in the meantime.',
  'customer_user.not_deletable': () => 'Customer users cannot be deleted. Set their validity to invalid instead.',
  'customer.not_deletable': () => 'Customers cannot be deleted. Set their validity to invalid instead.',
  'username.taken': () => 'This username is already taken.',
  'email.taken': () => 'This email address is already used by another customer user.',
  'customer_id.taken': () => 'This Customer ID is already taken.',
  'customer_name.taken': () => 'Another customer already has this name.',
  'customer_id.unchangeable': () => 'The Customer ID cannot be changed: customer users refer to it.',
  'customer.unknown': (p: ProblemParams) => `There is no customer "${text(p, 'customerId')}".`,
  'customer.not_valid': (p: ProblemParams) =>
    `Customer "${text(p, 'customerId')}" is not valid. Choose a valid customer.`,
  // Validity for many at once.
  'validity_batch.size': (p: ProblemParams) => `Send from ${text(p, 'min')} to ${text(p, 'max')} changes at once.`,
  'validity_batch.id_invalid': () => 'Each change must name a customer user by its ID.',
  'validity_batch.sent_twice': (p: ProblemParams) => `Customer user "${text(p, 'id')}" is sent twice.`,
  // Importing from a file.
  'import.size': (p: ProblemParams) => `Send from ${text(p, 'min')} to ${text(p, 'max')} rows at once.`,
  'import.dry_run_invalid': () => 'dryRun must be true or false.',
  'import.login_repeated': (p: ProblemParams) => `This username is already in row ${text(p, 'row')} of the file.`,
  'import.email_repeated': (p: ProblemParams) => `This email address is already in row ${text(p, 'row')} of the file.`,
  // Permissions and settings.
  'membership.administrators_only': () => 'Only administrators can change group membership.',
  'membership.disabled': () => 'This feature is disabled!',
  'settings.administrators_only': () => 'Only administrators can change the settings.',
  'settings.always_groups.unknown': (p: ProblemParams) =>
    `There is no group "${text(p, 'group')}" to make a default group.`,
  'settings.always_groups.twice': (p: ProblemParams) => `The default group "${text(p, 'group')}" is listed twice.`,
  'permissions.conflict': () => 'Someone else changed some of these permissions in the meantime. Nothing was saved.',
  'extra_customer.not_valid': (p: ProblemParams) =>
    `Customer "${text(p, 'customerId')}" is not valid; it cannot be added as an extra customer.`,
  'extra_customer.primary': () => 'The primary customer cannot be an extra customer as well.',
  'extra_customer.sent_twice': () => 'A customer is sent twice.',
  'cell.unknown_customer': () => 'Unknown customer.',
  'cell.unknown_customer_user': () => 'Unknown customer user.',
  'cell.unknown_group': () => 'Unknown group.',
  'cell.no_such_field': (p: ProblemParams) => `This path has no ${text(p, 'context')} permissions.`,
  'cell.other_context_off': () =>
    'The Other Customers context is switched off in the settings; its permissions cannot be changed.',
  'cell.default_group': (p: ProblemParams) =>
    `Default group ${text(p, 'group')}: every customer user has it; it cannot be given or taken.`,
  'cell.invalid_group': (p: ProblemParams) => `Group ${text(p, 'group')} is invalid; it cannot be assigned.`,
  'cell.sent_twice': (p: ProblemParams) => `The ${text(p, 'type')} cell of ${text(p, 'row')} is sent twice.`,
  'cell.rw_needs_ro': (p: ProblemParams) => `rw needs ro on ${text(p, 'row')}.`,
  // The demo server's own faults.
  'demo.fault_reads': () => 'Simulated fault: reads fail.',
  'demo.fault_writes': () => 'Simulated fault: writes fail.',
  'demo.fault_flaky': () => 'Simulated fault: one request in five fails.',
  'demo.storage_full': () => "The demo data could not be stored: the browser's storage is full.",
  'demo.storage_failed': (p: ProblemParams) => `The demo data could not be stored: ${text(p, 'reason')}`,
  'demo.data_unreadable': () => 'The saved demo data could not be read; the seed was restored.',
  'demo.worker_refused': (p: ProblemParams) =>
    `The demo API cannot start: the browser refused its service worker (${text(p, 'reason')}).`,
  // What the console says of a failed request when the server did not explain it.
  'api.not_found': () => 'Not found.',
  'api.conflict': () => 'Someone else changed this in the meantime.',
  'api.forbidden': () => 'You are not allowed to do this.',
  'api.method_not_allowed': () => 'This is not allowed.',
  'api.server': () => 'The server could not answer the request.',
  'api.network': () => 'The server cannot be reached. Check the connection and try again.',
  'api.offline': () => 'You are offline.',
  'api.timeout': () => 'The server did not answer in time.',
  'api.cancelled': () => 'The request was cancelled.',
  'api.contract': () => 'The server sent an answer this console does not understand.',
  // What a failed save says when the input itself was not the problem: the input is always kept.
  'save.validation': () => 'The server refused the input. Your input is kept.',
  'save.conflict': () => 'Someone else changed this in the meantime, so it was not saved. Your input is kept.',
  'save.not_found': () => 'This record no longer exists, so it was not saved. Your input is kept.',
  'save.forbidden': () => 'You are not allowed to save this. Your input is kept.',
  'save.method_not_allowed': () => 'The server does not allow this change. Your input is kept.',
  'save.server': () => 'The server had a fault and did not save. Your input is kept; try again.',
  'save.network': () =>
    'The server cannot be reached: the save may not have arrived. Your input is kept; check the connection and ' +
    'try again (a retry never saves twice).',
  'save.offline': () =>
    'You are offline, so nothing was sent. Your input is kept; save again when the connection is back.',
  'save.timeout': () =>
    'The server did not answer in time, so it is not known whether it saved. Your input is kept; try again (it will not be saved twice).',
  'save.cancelled': () =>
    'The save was cancelled. Your input is kept; it may or may not have been saved, so save again to be sure.',
  'save.contract': () =>
    'The server sent an answer this console does not understand, so it is not known whether it saved. Your input is kept; try again.',
  'save.refused': (p: ProblemParams) => `${text(p, 'reason')} Nothing was saved; your input is kept.`,
  'save.failed_because': (p: ProblemParams) => `The data could not be saved: ${text(p, 'reason')} Your input is kept.`,
  'save.failed': () => 'The data could not be saved. Your input is kept.',
} satisfies Record<string, (params: ProblemParams) => string>;

/** Every code the API and the console know. */
export type ProblemCode = keyof typeof english;
export const problemCodes = /* @__PURE__ */ Object.keys(english) as ProblemCode[];

export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(english, code);
}

/**
 * A problem in English, the server's language. `field` (e.g. `customerUser.email`) names the field
 * instead of the problem's own `field` param; an unknown code says the problem's message.
 */
export function englishProblemMessage(problem: ProblemData & { message?: string }, field?: string): string {
  const params = field === undefined ? problem.params : { ...problem.params, field };
  if (isProblemCode(problem.code)) return english[problem.code](params);
  return problem.message ?? english['value.invalid']();
}

/** A problem with its English message, as the server answers it. */
export function englishProblem(code: ProblemCode, params: ProblemParams = {}): Problem {
  return { code, params, message: englishProblemMessage({ code, params }) };
}

/** A zod error map in English, for a parse that answers in the server's language (the mock API). */
export function englishIssueMessage(issue: z.core.$ZodRawIssue): string {
  return englishProblemMessage(problemOfIssue(issue));
}
