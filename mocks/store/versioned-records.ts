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
 * The records a store is seeded with, read-only: a map of them, or a compact source that makes a record
 * only when asked for one (100000 generated customer users). Writes never change them: a written record
 * is kept beside them and takes their place.
 */
export interface BaseRecords<Row> {
  readonly size: number;
  get(key: string): Row | undefined;
  has(key: string): boolean;
  /** Every record, in the seed's order. */
  values(): Iterable<Row>;
}

/** Seeded records held in a map by key. */
class RecordMap<Row> implements BaseRecords<Row> {
  private readonly rows: Map<string, Row>;

  constructor(rows: readonly Row[], keyOf: (row: Row) => string) {
    this.rows = new Map(rows.map((row) => [keyOf(row), row]));
  }

  get size(): number {
    return this.rows.size;
  }

  get(key: string): Row | undefined {
    return this.rows.get(key);
  }

  has(key: string): boolean {
    return this.rows.has(key);
  }

  values(): Iterable<Row> {
    return this.rows.values();
  }
}

/**
 * The records of one resource by key, checked on every write the way a real server would: the seeded
 * ones (read-only) and, over them, those written since seeding (only those go into a snapshot). Records
 * are immutable: a write replaces the record, which keeps caches keyed by record correct.
 */
export abstract class VersionedRecords<Row extends Audit, Schema extends z.ZodMiniType<{ version?: number }>> {
  private base: BaseRecords<Row> = new RecordMap<Row>([], () => '');
  /** The records written since seeding, by key: new ones, and new versions of seeded ones. */
  private writtenRows = new Map<string, Row>();
  /** How many written records are not seeded ones. */
  private added = 0;
  private readonly comparables = new WeakMap<Row, Map<string, string>>();

  constructor(private readonly options: RecordsOptions<Row, Schema>) {}

  /** What the fields conflict with (duplicates, references), by field; `current` on an update. */
  protected abstract conflicts(fields: Fields<Schema>, current: Row | undefined): FieldProblems;

  /** Seeds the records: a list, or a source of its own (which the store then reads, never changes). */
  reset(rows: readonly Row[] | BaseRecords<Row>): void {
    this.base = isRecordList(rows) ? new RecordMap(rows, this.options.keyOf) : rows;
    this.writtenRows = new Map();
    this.added = 0;
  }

  /** Puts back the records written before a reload. */
  restore(rows: readonly Row[]): void {
    for (const row of rows) this.remember(row);
  }

  /** The records written since seeding: what a snapshot keeps. */
  written(): Row[] {
    return [...this.writtenRows.values()];
  }

  has(key: string): boolean {
    return this.writtenRows.has(key) || this.base.has(key);
  }

  get(key: string): StoreResult<Row> {
    const row = this.writtenRows.get(key) ?? this.base.get(key);
    return row ? ok(row) : notFound(this.problem('not_found', { id: key }));
  }

  /** Every record: the seeded ones in the seed's order (each in its current version), then the added ones. */
  all(): Row[] {
    return [...this.values()];
  }

  protected get size(): number {
    return this.base.size + this.added;
  }

  protected *values(): Generator<Row> {
    const { keyOf } = this.options;
    for (const row of this.base.values()) yield this.writtenRows.get(keyOf(row)) ?? row;
    if (this.added === 0) return;
    for (const [key, row] of this.writtenRows) if (!this.base.has(key)) yield row;
  }

  /** The records written since seeding, by key. */
  protected get writtenByKey(): ReadonlyMap<string, Row> {
    return this.writtenRows;
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
    for (const other of this.values()) {
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
    if (!this.writtenRows.has(key) && !this.base.has(key)) this.added += 1;
    this.writtenRows.set(key, row);
  }
}

function isRecordList<Row>(rows: readonly Row[] | BaseRecords<Row>): rows is readonly Row[] {
  return Array.isArray(rows);
}
