import { describe, expect, it } from 'vitest';
import { columnState, isDirty, type MatrixColumn, rowsToSave, toggleCell, toggleColumn } from './matrix-state';

const columns: MatrixColumn[] = [
  { key: 'ro', type: 'ro' },
  { key: 'rw', type: 'rw', implies: 'ro' },
];
const value = (entries: Record<string, string[]>) =>
  new Map(Object.entries(entries).map(([row, cells]) => [row, new Set(cells)]));
const plain = (matrix: ReadonlyMap<string, ReadonlySet<string>>) =>
  Object.fromEntries([...matrix].map(([row, cells]) => [row, [...cells].sort()]));

describe('permission matrix state', () => {
  it('ticking rw ticks ro', () => {
    expect(plain(toggleCell(value({}), columns, 'support', 'rw', true))).toEqual({ support: ['ro', 'rw'] });
  });

  it('unticking ro unticks rw, unticking rw keeps ro', () => {
    expect(plain(toggleCell(value({ a: ['ro', 'rw'] }), columns, 'a', 'ro', false))).toEqual({ a: [] });
    expect(plain(toggleCell(value({ a: ['ro', 'rw'] }), columns, 'a', 'rw', false))).toEqual({ a: ['ro'] });
  });

  it('select-all changes only the given rows', () => {
    const next = toggleColumn(value({ a: [], b: [], c: [] }), columns, ['a', 'b'], 'rw', true);
    expect(plain(next)).toEqual({ a: ['ro', 'rw'], b: ['ro', 'rw'], c: [] });
  });

  it('the header is ticked when every row is, mixed when some are', () => {
    const matrix = value({ a: ['ro'], b: ['ro'], c: [] });
    expect(columnState(matrix, ['a', 'b'], 'ro')).toBe('all');
    expect(columnState(matrix, ['a', 'b', 'c'], 'ro')).toBe('some');
    expect(columnState(matrix, ['c'], 'ro')).toBe('none');
  });

  it('saves the rows shown plus the ones changed, never others', () => {
    const initial = value({ a: [], b: ['ro'], c: [], d: [] });
    const current = toggleCell(initial, columns, 'c', 'ro', true);
    expect(rowsToSave(initial, current, ['a', 'b']).sort()).toEqual(['a', 'b', 'c']);
    expect(isDirty(initial, current)).toBe(true);
    expect(isDirty(initial, toggleCell(current, columns, 'c', 'ro', false))).toBe(false);
  });
});
