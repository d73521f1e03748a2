import { describe, expect, it } from 'vitest';
import type { PermissionSet } from '@/api/permission-schema';
import { contextColumns, ownColumns } from './matrix-columns';
import { columnState, isDirty, type MatrixColumn, toggle } from './matrix-state';

const [ro, rw] = ownColumns as [MatrixColumn, MatrixColumn];
const value = (entries: Record<string, PermissionSet>) =>
  new Map(Object.entries(entries).map(([row, permissions]) => [row, { id: row, permissions }]));
const plain = (matrix: ReadonlyMap<string, { permissions?: PermissionSet }>) =>
  Object.fromEntries([...matrix].map(([row, { permissions }]) => [row, permissions]));

describe('permission matrix state', () => {
  it('ticking rw ticks ro', () => {
    expect(plain(toggle(value({ support: [] }), ['support'], rw, true))).toEqual({ support: ['ro', 'rw'] });
  });

  it('unticking ro unticks rw, unticking rw keeps ro', () => {
    expect(plain(toggle(value({ a: ['ro', 'rw'] }), ['a'], ro, false))).toEqual({ a: [] });
    expect(plain(toggle(value({ a: ['ro', 'rw'] }), ['a'], rw, false))).toEqual({ a: ['ro'] });
  });

  it('select-all changes only the given rows', () => {
    const next = toggle(value({ a: [], b: [], c: [] }), ['a', 'b'], rw, true);
    expect(plain(next)).toEqual({ a: ['ro', 'rw'], b: ['ro', 'rw'], c: [] });
  });

  it('the header is ticked when every row is, mixed when some are', () => {
    const matrix = value({ a: ['ro'], b: ['ro'], c: [] });
    expect(columnState(matrix, ['a', 'b'], ro)).toBe('all');
    expect(columnState(matrix, ['a', 'b', 'c'], ro)).toBe('some');
    expect(columnState(matrix, ['c'], ro)).toBe('none');
  });

  it('is dirty while a cell differs from what was read', () => {
    const initial = value({ a: [], b: ['ro'], c: [], d: [] });
    const current = toggle(initial, ['c'], ro, true);
    expect(isDirty(initial, current)).toBe(true);
    expect(isDirty(initial, toggle(current, ['c'], ro, false))).toBe(false);
  });

  it('a context column changes that context only; a hidden context keeps what it had', () => {
    const [sameRo] = contextColumns(false) as [MatrixColumn];
    const rows = new Map([
      ['billing', { groupId: 'billing', same: [] as PermissionSet, other: ['ro'] as PermissionSet }],
    ]);
    expect(toggle(rows, ['billing'], sameRo, true).get('billing')).toEqual({
      groupId: 'billing',
      same: ['ro'],
      other: ['ro'],
    });
  });
});
