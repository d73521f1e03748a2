import type * as z from 'zod/mini';
import { comparableText } from '@/api/common-schema';
import type { FieldProblems, Problem } from '@/api/problem';
import { englishProblem, type ProblemCode } from '@/api/problem-english';
import { conflict, invalid, notFound, ok, parseWith, type StoreResult } from './result';

interface Audit {
  createdAt: string;
  createdBy: string;
  changedAt: string;
  changedBy: string;
  version: number;
}

/** What a resource store needs from the store that owns it: who writes, and whom to tell. */
export interface WriteContext {
  /** The login written into createdBy and changedBy. */
  agentLogin(): string;
  /** Called after every write; the browser mock persists the snapshot there. */
  changed(): void;
}

export interface RecordsOptions<Row, Schema> {
  /** The resource in problem codes: `customer_user.not_found`, `customer_user.version_conflict`… */
  what: 'customer_user' | 'customer';
  keyOf: (row: Row) => string;
  /** The contract's write schema; its `version` guards updates. */
  schema: Schema;
  context: WriteContext;
}

type Fields<Schema extends z.ZodMiniType> = Omit<z.output<Schema>, 'version'>;

/**
 * The records of one resource by key, checked on every write the way a real server would, and which
 * were written since seeding (only those go into a snapshot). Records are immutable: a write replaces
 * the record, which keeps caches keyed by record correct.
 */
export abstract class VersionedRecords<Row extends Audit, Schema extends z.ZodMiniType<{ version?: number }>> {
  private rows = new Map<string, Row>();
  private writtenKeys = new Set<string>();
  private readonly comparables = new WeakMap<Row, Map<string, string>>();

  constructor(private readonly options: RecordsOptions<Row, Schema>) {}

  /** What the fields conflict with (duplicates, references), by field; `current` on an update. */
  protected abstract conflicts(fields: Fields<Schema>, current: Row | undefined): FieldProblems;

  reset(rows: readonly Row[]): void {
    this.rows = new Map(rows.map((row) => [this.options.keyOf(row), row]));
    this.writtenKeys = new Set();
  }

  /** Puts back the records written before a reload. */
  restore(rows: readonly Row[]): void {
    for (const row of rows) this.remember(row);
  }

  /** The records written since seeding: what a snapshot keeps. */
  written(): Row[] {
    return [...this.writtenKeys].flatMap((key) => this.rows.get(key) ?? []);
  }

  has(key: string): boolean {
    return this.rows.has(key);
  }

  get(key: string): StoreResult<Row> {
    const row = this.rows.get(key);
    return row ? ok(row) : notFound(this.problem('not_found', { id: key }));
  }

  all(): Row[] {
    return [...this.rows.values()];
  }

  protected get size(): number {
    return this.rows.size;
  }

  protected values(): IterableIterator<Row> {
    return this.rows.values();
  }

  /** A create's steps: parse (400) → conflicts (400); the new record's fields. */
  protected checkNew(input: unknown): StoreResult<Fields<Schema>> {
    const parsed = parseWith(this.options.schema, input);
    if (!parsed.ok) return parsed;
    const { version: _version, ...fields } = parsed.value;
    return this.refused(fields, undefined) ?? ok(fields);
  }

  /** An update's steps: find (404) → parse (400) → version (400, or 409 when stale) → conflicts (400). */
  protected checkChange(key: string, input: unknown): StoreResult<{ current: Row; fields: Fields<Schema> }> {
    const found = this.get(key);
    if (!found.ok) return found;
    const current = found.value;
    const parsed = parseWith(this.options.schema, input);
    if (!parsed.ok) return parsed;
    const { version, ...fields } = parsed.value;
    if (version === undefined) return invalid({ version: this.problem('version_required') });
    if (version !== current.version) return conflict(this.problem('version_conflict'), current);
    return this.refused(fields, current) ?? ok({ current, fields });
  }

  /**
   * Which of `fields` another record already has, compared as `comparableText` does (any letter case,
   * NFC, zero-width characters ignored): the problem per field.
   */
  protected duplicates(fields: Partial<Row>, current: Row | undefined, problems: Partial<Record<keyof Row, Problem>>) {
    const errors: FieldProblems = {};
    const keyOfCurrent = current && this.options.keyOf(current);
    const wanted = Object.entries(problems).map(([field, problem]) => ({
      field,
      problem: problem as Problem,
      value: comparableText(String(fields[field as keyof Row])),
    }));
    for (const other of this.rows.values()) {
      if (this.options.keyOf(other) === keyOfCurrent) continue;
      for (const { field, problem, value } of wanted) {
        if (this.comparable(other, field) === value) errors[field] ??= problem;
      }
    }
    return errors;
  }

  /** A problem of this resource: `customer_user.not_found`… */
  private problem(kind: 'not_found' | 'version_required' | 'version_conflict', params = {}): Problem {
    return englishProblem(`${this.options.what}.${kind}` satisfies ProblemCode, params);
  }

  /** A field of a record as `duplicates` compares it; kept per record, which is never changed in place. */
  private comparable(row: Row, field: string): string {
    let values = this.comparables.get(row);
    if (!values) {
      values = new Map();
      this.comparables.set(row, values);
    }
    let value = values.get(field);
    if (value === undefined) {
      value = comparableText(String(row[field as keyof Row]));
      values.set(field, value);
    }
    return value;
  }

  /** Writes a new record at version 1. */
  protected insert(fields: Omit<Row, keyof Audit>): Row {
    const now = new Date().toISOString();
    const by = this.options.context.agentLogin();
    const row: Omit<Row, keyof Audit> & Audit = {
      ...fields,
      createdAt: now,
      createdBy: by,
      changedAt: now,
      changedBy: by,
      version: 1,
    };
    return this.write(row as Row, undefined);
  }

  /** Writes the next version of a record. */
  protected replace(current: Row, fields: Partial<Row>): Row {
    const by = this.options.context.agentLogin();
    const changedAt = new Date().toISOString();
    return this.write({ ...current, ...fields, changedAt, changedBy: by, version: current.version + 1 }, current);
  }

  /** Runs after every write, before the owner hears of it; for caches over the records and the history. */
  protected afterWrite(_row: Row, _previous: Row | undefined): void {}

  private refused(fields: Fields<Schema>, current: Row | undefined): StoreResult<never> | undefined {
    const errors = this.conflicts(fields, current);
    return Object.keys(errors).length > 0 ? invalid(errors) : undefined;
  }

  private write(row: Row, previous: Row | undefined): Row {
    this.remember(row);
    this.afterWrite(row, previous);
    this.options.context.changed();
    return row;
  }

  private remember(row: Row): void {
    const key = this.options.keyOf(row);
    this.rows.set(key, row);
    this.writtenKeys.add(key);
  }
}
