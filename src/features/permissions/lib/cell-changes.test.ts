import { describe, expect, it } from 'vitest';
import type { PermissionSet } from '@/api/permission-schema';
import { cellChanges, changedRowIds, describeChangedCell, rebase, savingMessage, unsavedMessage } from './cell-changes';
import { ownColumns } from './matrix-columns';
import { type MatrixColumn, toggle } from './matrix-state';

const [ro, rw] = ownColumns as [MatrixColumn, MatrixColumn];
const rows = (entries: Record<string, PermissionSet>) =>
  new Map(Object.entries(entries).map(([id, permissions]) => [id, { groupId: id, permissions }]));

describe('the cells a save sends', () => {
  it('are the cells that differ from what was read, rw with the ro it ticked', () => {
    const read = rows({ admin: [], stats: ['ro'], sales: [] });
    const ticked = toggle(read, ['admin'], rw, true);
    expect(cellChanges(read, ticked)).toEqual([
      { row: 'admin', field: 'permissions', type: 'ro', granted: true },
      { row: 'admin', field: 'permissions', type: 'rw', granted: true },
    ]);
    expect(changedRowIds(read, toggle(ticked, ['stats'], ro, false), ['sales', 'stats', 'admin'])).toEqual([
      'stats',
      'admin',
    ]);
  });

  it('a hidden context is never sent', () => {
    const read = new Map([['g', { groupId: 'g', same: [] as PermissionSet, other: ['ro'] as PermissionSet }]]);
    const [sameRo] = [{ field: 'same', type: 'ro' } as MatrixColumn];
    expect(cellChanges(read, toggle(read, ['g'], sameRo, true))).toEqual([
      { row: 'g', field: 'same', type: 'ro', granted: true },
    ]);
  });
});

describe('re-basing after a conflict', () => {
  it('keeps the admin’s ticks, takes the server’s other cells, and drops what someone else already did', () => {
    const read = rows({ admin: [], stats: [], sales: [] });
    const ticked = toggle(toggle(read, ['admin'], ro, true), ['stats'], ro, true);
    const server = rows({ admin: ['ro'], sales: ['ro', 'rw'], stats: [] });
    const next = rebase(read, ticked, server);
    expect(next.value.get('stats')?.permissions).toEqual(['ro']);
    expect(next.value.get('sales')?.permissions).toEqual(['ro', 'rw']);
    expect(cellChanges(next.initial, next.value)).toEqual([
      { row: 'stats', field: 'permissions', type: 'ro', granted: true },
    ]);
  });

  it('keeps rw-implies-ro when the server revoked the ro under the admin’s rw', () => {
    const read = rows({ a: ['ro'] });
    const next = rebase(read, toggle(read, ['a'], rw, true), rows({ a: [] }));
    expect(next.value.get('a')?.permissions).toEqual(['ro', 'rw']);
    expect(cellChanges(next.initial, next.value)).toHaveLength(2);
  });
});

describe('what the screen says', () => {
  it('names the changed cell, the rows a save writes, and the hidden changes', () => {
    expect(describeChangedCell({ row: 'g', field: 'same', type: 'ro', granted: true }, () => 'admin')).toBe(
      'ro (Same Customer) on admin was granted by someone else',
    );
    expect(savingMessage(['admin', 'stats'])).toBe('Saving changes to admin, stats.');
    expect(unsavedMessage(2, 1)).toBe('2 unsaved changes, 1 hidden by the filter');
  });
});
