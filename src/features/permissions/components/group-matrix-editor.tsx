import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Group } from '@/api/group-schema';
import type { PermissionCell } from '@/api/permission-schema';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import { m } from '@/i18n';
import { useGroups } from '../api/groups-api';
import type { MatrixColumn, PermissionRow } from '../lib/matrix-state';
import { AssignmentEditor } from './assignment-editor';

interface GroupMatrixEditorProps<Row extends PermissionRow & { groupId: string }> {
  caption: string;
  columns: readonly MatrixColumn[];
  /** The saved permissions, per group that has any. */
  memberships: UseQueryResult<{ items: Row[] }>;
  /** The row of a group without permissions yet. */
  emptyRow: (groupId: string) => Row;
  /** Groups shown apart instead of in the matrix (the default groups). */
  apart?: (group: Group) => boolean;
  before?: (groupsApart: Group[]) => ReactNode;
  /** Why a group's row cannot change (a default group): shown granted and disabled. */
  locked?: (group: Group) => string | undefined;
  finishHref: string;
  onSave: (changes: PermissionCell[]) => Promise<unknown>;
}

/** The groups of one customer user or customer as a matrix: a row per valid group, with its saved permissions. */
export function GroupMatrixEditor<Row extends PermissionRow & { groupId: string }>(props: GroupMatrixEditorProps<Row>) {
  const { memberships, emptyRow, apart = () => false, before, locked = () => undefined, ...editor } = props;
  const groups = useGroups();

  if (groups.isPending || memberships.isPending) return <LoadingState>{m.permissions_groups_loading()}</LoadingState>;
  if (groups.isError) {
    return <ErrorState title={m.permissions_groups_failed()} error={groups.error} onRetry={() => groups.refetch()} />;
  }
  if (memberships.isError) {
    return (
      <ErrorState
        title={m.permissions_memberships_failed()}
        error={memberships.error}
        onRetry={() => memberships.refetch()}
      />
    );
  }

  const saved = new Map(memberships.data.items.map((row) => [row.groupId, row]));
  const valid = groups.data.items.filter((group) => group.validity === 'valid');
  const rows = valid
    .filter((group) => !apart(group))
    .map((group) => ({
      id: group.id,
      label: group.name,
      note: group.comment,
      locked: locked(group),
      value: saved.get(group.id) ?? emptyRow(group.id),
    }));

  return (
    <AssignmentEditor
      {...editor}
      rowHeader={m.permissions_group()}
      filterLabel={m.permissions_filter_groups()}
      rows={rows}
      before={before?.(valid.filter(apart))}
    />
  );
}
