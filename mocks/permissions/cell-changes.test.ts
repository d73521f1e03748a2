import { describe, expect, it } from 'vitest';
import type { PermissionCell, PermissionSet } from '@/api/permission-schema';
import { planExtraCustomerCells, planPermissionCells } from './cell-changes';

const cell = (row: string, type: 'ro' | 'rw', granted: boolean): PermissionCell => ({
  row,
  field: 'permissions',
  type,
  granted,
});
const reader = (sets: Record<string, PermissionSet>) => (row: string) => sets[row] ?? [];

describe('planning a save of permission cells', () => {
  it('writes only the rows of the sent cells, each normalized', () => {
    const plan = planPermissionCells([cell('stats', 'ro', true)], reader({ admin: ['ro'], stats: [] }));
    expect(plan).toEqual({ kind: 'write', writes: [{ row: 'stats', field: 'permissions', permissions: ['ro'] }] });
  });

  it('grants rw with ro, and revokes both', () => {
    const grant = planPermissionCells([cell('a', 'ro', true), cell('a', 'rw', true)], reader({}));
    expect(grant).toEqual({ kind: 'write', writes: [{ row: 'a', field: 'permissions', permissions: ['ro', 'rw'] }] });
    const revoke = planPermissionCells([cell('a', 'ro', false), cell('a', 'rw', false)], reader({ a: ['ro', 'rw'] }));
    expect(revoke).toEqual({ kind: 'write', writes: [{ row: 'a', field: 'permissions', permissions: [] }] });
  });

  it('a sent cell that no longer holds what the admin read is a conflict, and nothing is written', () => {
    const plan = planPermissionCells(
      [cell('admin', 'ro', true), cell('stats', 'ro', true)],
      reader({ admin: ['ro'], stats: [] }),
    );
    expect(plan).toEqual({ kind: 'conflict', changed: [cell('admin', 'ro', true)] });
  });

  it('a cell the admin did not send that rw-implies-ro would rewrite is a conflict too', () => {
    // The admin read ro without rw and unticked ro; someone granted rw since.
    expect(planPermissionCells([cell('a', 'ro', false)], reader({ a: ['ro', 'rw'] }))).toEqual({
      kind: 'conflict',
      changed: [cell('a', 'rw', true)],
    });
    // The admin read ro and ticked rw; someone revoked ro since.
    expect(planPermissionCells([cell('a', 'rw', true)], reader({ a: [] }))).toEqual({
      kind: 'conflict',
      changed: [cell('a', 'ro', false)],
    });
  });

  it('refuses rw without ro and a cell sent twice', () => {
    expect(planPermissionCells([cell('a', 'ro', false), cell('a', 'rw', true)], reader({ a: ['ro'] })).kind).toBe(
      'invalid',
    );
    expect(planPermissionCells([cell('a', 'ro', true), cell('a', 'ro', true)], reader({})).kind).toBe('invalid');
  });
});

describe('planning a save of extra customers', () => {
  it('adds and removes only the sent customers', () => {
    const plan = planExtraCustomerCells([{ row: 'b', granted: true }], ['a']);
    expect(plan).toEqual({ kind: 'write', writes: [['a', 'b']] });
  });

  it('a customer someone else added or removed since is a conflict', () => {
    expect(planExtraCustomerCells([{ row: 'a', granted: true }], ['a'])).toEqual({
      kind: 'conflict',
      changed: [{ row: 'a', granted: true }],
    });
  });
});
