import type { ImportResult, ImportRow, ImportStatus } from '@/api/customer-user-import-schema';
import type { ProblemData } from '@/api/problem';
import type { FileRow } from './file-rows';

/** A row's problems by field (`login`, `email`…, or `row` for the row as a whole). */
export type RowProblems = Record<string, ProblemData & { message?: string }>;

/** What the preview found for a row: what the import would do with it, or why it cannot. */
export interface RowCheck {
  status: ImportStatus;
  problems?: RowProblems;
  /** The customer user's version in the preview (an update, an unchanged row): a write sends it back. */
  version?: number;
}

/** What the import did with a row it meant to write. */
export type RowOutcome =
  | { kind: 'added' }
  | { kind: 'updated' }
  /** Already held these values when written (someone else made the same change). */
  | { kind: 'unchanged' }
  /** Refused on the write (e.g. its email taken meanwhile). */
  | { kind: 'refused'; problems: RowProblems }
  /** Changed by someone else since the preview: not overwritten. */
  | { kind: 'conflict' }
  /** Never sent: the import was cancelled or had stopped before it. */
  | { kind: 'not-sent'; why: 'cancelled' | 'stopped' }
  /** In the batch that failed: it may or may not have been written. */
  | { kind: 'unknown' };

/** A dry run's answer for a row, as the preview keeps it. */
export function checkOf(result: ImportResult): RowCheck {
  return {
    status: result.status,
    ...(result.problems && { problems: result.problems }),
    ...(result.version !== undefined && { version: result.version }),
  };
}

/** A write's answer for a row. */
export function outcomeOf(result: ImportResult): RowOutcome {
  switch (result.status) {
    case 'add':
      return { kind: 'added' };
    case 'update':
      return { kind: 'updated' };
    case 'unchanged':
      return { kind: 'unchanged' };
    case 'conflict':
      return { kind: 'conflict' };
    case 'invalid':
      return { kind: 'refused', problems: result.problems ?? {} };
  }
}

export function isWritten(outcome: RowOutcome | undefined): boolean {
  return outcome?.kind === 'added' || outcome?.kind === 'updated';
}

/** Whether the preview says the import would write the row (add or update it). */
export function willWrite(check: RowCheck | undefined): boolean {
  return check?.status === 'add' || check?.status === 'update';
}

export function hasErrors(check: RowCheck | undefined, outcome?: RowOutcome): boolean {
  return (
    check?.status === 'invalid' ||
    check?.status === 'conflict' ||
    outcome?.kind === 'refused' ||
    outcome?.kind === 'conflict' ||
    outcome?.kind === 'unknown'
  );
}

export interface PreviewCounts {
  rows: number;
  add: number;
  update: number;
  unchanged: number;
  errors: number;
}

export function countChecks(checks: readonly (RowCheck | undefined)[]): PreviewCounts {
  const counts: PreviewCounts = { rows: checks.length, add: 0, update: 0, unchanged: 0, errors: 0 };
  for (const check of checks) {
    if (check?.status === 'add') counts.add++;
    else if (check?.status === 'update') counts.update++;
    else if (check?.status === 'unchanged') counts.unchanged++;
    else if (check) counts.errors++;
  }
  return counts;
}

/** A row as a write sends it: an update names the version it was previewed at. */
export function writeRowOf(row: FileRow, check: RowCheck): ImportRow {
  return check.status === 'update' && check.version !== undefined
    ? { ...row.values, version: check.version }
    : row.values;
}

/** What an import run did: how many rows were added and updated, and which rows it wrote (by row number). */
export interface ImportTally {
  added: number;
  updated: number;
  /** Rows not written: errors, unchanged, conflicts, refused, never sent. */
  skipped: number;
  written: number[];
  /** Rows it meant to write and did not. */
  notWritten: number[];
  /** Rows of a failed batch: they may or may not have been written. */
  unknown: number[];
}

export function tallyOutcomes(
  lines: readonly number[],
  planned: readonly number[],
  outcomes: ReadonlyMap<number, RowOutcome>,
): ImportTally {
  const tally: ImportTally = { added: 0, updated: 0, skipped: 0, written: [], notWritten: [], unknown: [] };
  for (const index of planned) {
    const line = lines[index] ?? 0;
    const outcome = outcomes.get(index);
    if (outcome?.kind === 'added') tally.added++;
    if (outcome?.kind === 'updated') tally.updated++;
    if (isWritten(outcome)) tally.written.push(line);
    else if (outcome?.kind === 'unknown') tally.unknown.push(line);
    else tally.notWritten.push(line);
  }
  tally.skipped = lines.length - tally.written.length - tally.unknown.length;
  return tally;
}
