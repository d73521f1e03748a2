import { describe, expect, it } from 'vitest';
import { countChecks, type RowOutcome, tallyOutcomes, writeRowOf } from './preview';

describe('the preview and the run, counted', () => {
  it('counts the rows by what the import will do with them', () => {
    expect(
      countChecks([
        { status: 'add' },
        { status: 'update', version: 3 },
        { status: 'unchanged', version: 1 },
        { status: 'invalid', problems: {} },
        { status: 'add' },
      ]),
    ).toEqual({ rows: 5, add: 2, update: 1, unchanged: 1, errors: 1 });
  });

  it('sends an update with the version it was previewed at, an add without one', () => {
    const row = { line: 2, values: { login: 'jdoe', city: 'Kiel' } };
    expect(writeRowOf(row, { status: 'update', version: 4 })).toEqual({ login: 'jdoe', city: 'Kiel', version: 4 });
    expect(writeRowOf(row, { status: 'add' })).toEqual({ login: 'jdoe', city: 'Kiel' });
  });

  it('says which rows were written, which may have been, and which were not', () => {
    const lines = [2, 3, 4, 5, 6, 7, 8];
    const outcomes = new Map<number, RowOutcome>([
      [0, { kind: 'added' }],
      [1, { kind: 'updated' }],
      [2, { kind: 'conflict' }],
      [4, { kind: 'unknown' }],
      [5, { kind: 'not-sent', why: 'stopped' }],
    ]);
    expect(tallyOutcomes(lines, [0, 1, 2, 4, 5], outcomes)).toEqual({
      added: 1,
      updated: 1,
      skipped: 4,
      written: [2, 3],
      notWritten: [4, 7],
      unknown: [6],
    });
  });
});
