import type * as z from 'zod/mini';
import { type ImportResult, type ImportRow, importRowSchema } from '@/api/customer-user-import-schema';
import { type CustomerUser, customerUserFieldsSchema } from '@/api/customer-user-schema';
import type { FieldProblems, Problem } from '@/api/problem';
import { problemOfIssue } from '@/api/problem';
import { englishIssueMessage, englishProblem } from '@/api/problem-english';
import { comparableKey } from './customer-user-keys';
import type { CustomerUserStore } from './customer-user-store';
import { parseWith, type StoreResult } from './result';

type Fields = z.output<typeof customerUserFieldsSchema>;
type FieldName = keyof Fields;

const fieldSchemas = customerUserFieldsSchema.shape;
const fieldNames = Object.keys(fieldSchemas) as FieldName[];

/**
 * `POST /customer-users/import`: each row checked on its own, as the form's create or update would be,
 * in the order sent. A dry run writes nothing and answers what a write would do; a write goes through
 * the store's own create and update (history, generated passwords). Rows are found by username through
 * the store's lookups, never by a scan, and the same username or email twice in one request refuses
 * the later row.
 */
export function importCustomerUsers(
  store: CustomerUserStore,
  rows: readonly unknown[],
  dryRun: boolean,
): ImportResult[] {
  const firstRowOf = { login: new Map<string, number>(), email: new Map<string, number>() };
  /** The repeat problem of `value` in `field` (a 1-based row number of its first row), noting it the first time. */
  const repeated = (field: 'login' | 'email', value: string | undefined, rowNumber: number) => {
    const key = keyOf(value);
    if (key === undefined) return undefined;
    const first = firstRowOf[field].get(key);
    if (first === undefined) {
      firstRowOf[field].set(key, rowNumber);
      return undefined;
    }
    return englishProblem(field === 'login' ? 'import.login_repeated' : 'import.email_repeated', { row: first });
  };

  return rows.map((raw, index): ImportResult => {
    const parsed = parseRow(raw);
    if (!parsed.ok) return { status: 'invalid', problems: parsed.problems };
    const row = parsed.row;
    const repeats: FieldProblems = {};
    const login = repeated('login', row.login, index + 1);
    if (login) repeats.login = login;
    const email = repeated('email', row.email, index + 1);
    if (email) repeats.email = email;
    const current = keyOf(row.login) === undefined ? undefined : store.findByLogin(row.login ?? '');
    return current ? updateRow(store, row, current, repeats, dryRun) : addRow(store, row, repeats, dryRun);
  });
}

/** A new customer user: checked like a create; columns the file lacks are empty, validity `valid`. */
function addRow(store: CustomerUserStore, row: ImportRow, repeats: FieldProblems, dryRun: boolean): ImportResult {
  const fields = checked(parseWith(customerUserFieldsSchema, sentFields(row)), repeats);
  if (!fields.ok) return { status: 'invalid', problems: fields.problems };
  const conflicts = store.conflictsOf(fields.value, undefined);
  if (hasProblems(conflicts)) return { status: 'invalid', problems: conflicts };
  if (dryRun) return { status: 'add' };
  const created = store.create({ ...fields.value, password: '' });
  if (!created.ok) return failed(created);
  const { customerUser, generatedPassword } = created.value;
  return { status: 'add', id: customerUser.id, ...(generatedPassword ? { generatedPassword } : {}) };
}

/**
 * An existing customer user: columns the file lacks keep their stored values; equal values are
 * `unchanged` (even at a version since passed), a version other than the current one a `conflict`,
 * and the rest is checked like an update of the form.
 */
function updateRow(
  store: CustomerUserStore,
  row: ImportRow,
  current: CustomerUser,
  repeats: FieldProblems,
  dryRun: boolean,
): ImportResult {
  const id = current.id;
  const stored = Object.fromEntries(fieldNames.map((field) => [field, current[field]]));
  const fields = checked(parseWith(customerUserFieldsSchema, { ...stored, ...sentFields(row) }), repeats);
  if (!fields.ok) return { status: 'invalid', problems: fields.problems };
  if (fieldNames.every((field) => fields.value[field] === current[field])) {
    return { status: 'unchanged', id, version: current.version };
  }
  const version = row.version ?? current.version;
  if (version !== current.version) return { status: 'conflict', id, version: current.version };
  const conflicts = store.conflictsOf(fields.value, current);
  if (hasProblems(conflicts)) return { status: 'invalid', problems: conflicts };
  if (dryRun) return { status: 'update', id, version: current.version };
  const updated = store.update(id, { ...fields.value, password: '', version });
  return updated.ok ? { status: 'update', id, version: updated.value.version } : failed(updated, current);
}

/** The row's columns as the write schema's fields: what the file sent, nothing else. */
function sentFields(row: ImportRow): Partial<Record<FieldName, string>> {
  const { version: _version, ...fields } = row;
  return fields;
}

/** The parsed fields, or the parse's problems and the request's repeats (the parse's first per field). */
function checked(parsed: StoreResult<Fields>, repeats: FieldProblems) {
  const problems: FieldProblems = { ...repeats, ...(parsed.ok || parsed.status !== 400 ? {} : parsed.errors) };
  if (parsed.ok && !hasProblems(problems)) return { ok: true as const, value: parsed.value };
  return { ok: false as const, problems };
}

/** A store write refused after all (it checks again): its answer as a row's. */
function failed(result: Extract<StoreResult<unknown>, { ok: false }>, current?: CustomerUser): ImportResult {
  if (result.status === 400) return { status: 'invalid', problems: result.errors };
  if (result.status === 409 && current) {
    const now = result.current as CustomerUser | undefined;
    return { status: 'conflict', id: current.id, version: now?.version ?? current.version };
  }
  return { status: 'invalid', problems: { row: result.problem } };
}

/**
 * A row as the file gives it, or its problems: by field for a column's value (in the form's words:
 * `text.not_text`, `validity.invalid`…), under `row` for an unknown column or a row that is not an object.
 */
function parseRow(raw: unknown): { ok: true; row: ImportRow } | { ok: false; problems: FieldProblems } {
  const parsed = importRowSchema.safeParse(raw, { error: englishIssueMessage });
  if (parsed.success) return { ok: true, row: parsed.data };
  const problems: FieldProblems = {};
  const add = (field: string, problem: Problem) => {
    problems[field] ??= problem;
  };
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      add('row', englishProblem('request.unknown_field', { key: issue.keys[0] ?? '' }));
    } else if (issue.path.length === 0) {
      add('row', englishProblem('value.invalid'));
    } else {
      const field = String(issue.path[0]);
      const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined;
      add(field, fieldProblem(field, value) ?? { ...problemOfIssue(issue), message: issue.message });
    }
  }
  return { ok: false, problems };
}

/** The write schema's problem with a field's value, as the form's 400 says it; undefined for `version`. */
function fieldProblem(field: string, value: unknown): Problem | undefined {
  if (!Object.hasOwn(fieldSchemas, field)) return undefined;
  const parsed = fieldSchemas[field as FieldName].safeParse(value, { error: englishIssueMessage });
  const [issue] = parsed.success ? [] : parsed.error.issues;
  return issue && { ...problemOfIssue(issue), message: issue.message };
}

/** A username or email as uniqueness compares it (NFC, trimmed, any letter case); undefined when empty. */
function keyOf(value: string | undefined): string | undefined {
  const trimmed = value?.normalize('NFC').trim();
  return trimmed ? comparableKey(trimmed) : undefined;
}

function hasProblems(problems: FieldProblems): boolean {
  return Object.keys(problems).length > 0;
}
