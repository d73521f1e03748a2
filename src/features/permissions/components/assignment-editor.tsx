import { type ReactNode, useCallback, useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { cancelWrites } from '@/api/api-client';
import { saveFailureOf } from '@/api/api-error';
import type { PermissionCell } from '@/api/permission-schema';
import { FormActions } from '@/components/form/form-actions';
import { useSaveLock } from '@/components/form/use-save-lock';
import { Hint } from '@/components/ui/text';
import { ToolbarField } from '@/components/ui/toolbar-field';
import { formatNumber, m } from '@/i18n';
import { showFlash } from '@/lib/flash-messages';
import { matchesSearch } from '@/lib/search-matching';
import { useUnsavedChangesGuard } from '@/lib/use-unsaved-changes-guard';
import { CellConflict } from '../api/cell-save';
import {
  cellChanges,
  changedRowIds,
  describeChangedCell,
  rebase,
  savingMessage,
  unsavedMessage,
} from '../lib/cell-changes';
import { type MatrixColumn, type MatrixValue, type PermissionRow, toggle } from '../lib/matrix-state';
import styles from './assignment-editor.module.css';
import { ChangedCellsAlert } from './changed-cells-alert';
import { type MatrixRowHeader, PermissionMatrix } from './permission-matrix';

/** A row of the matrix: how it is shown, and its permissions as the API reads and writes them. */
export interface AssignmentRow<Row extends PermissionRow> extends MatrixRowHeader {
  value: Row;
}

interface AssignmentEditorProps<Row extends PermissionRow> {
  caption: string;
  rowHeader: string;
  filterLabel: string;
  columns: readonly MatrixColumn[];
  rows: readonly AssignmentRow<Row>[];
  /** Shown above the matrix, e.g. the default groups that cannot be changed. */
  before?: ReactNode;
  finishHref: string;
  /** Saves the cells the admin changed; throws a `CellConflict` with the rows now when some changed since. */
  onSave: (changes: PermissionCell[]) => Promise<unknown>;
}

/** An assignment screen: the matrix, a filter, and Save / Save and finish / Cancel. */
export function AssignmentEditor<Row extends PermissionRow>(props: AssignmentEditorProps<Row>) {
  const { caption, rowHeader, filterLabel, columns, rows, before, finishHref, onSave } = props;
  const navigate = useNavigate();
  const filterId = useId();
  const [matrix, setMatrix] = useState(() => {
    const read: MatrixValue<Row> = new Map(rows.map((row) => [row.id, row.value]));
    return { initial: read, value: read };
  });
  const { initial, value } = matrix;
  const [filter, setFilter] = useState('');
  const [showInvalid, setShowInvalid] = useState(true);
  const [saving, setSaving] = useState<string>();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<{ message: string; changed: string[]; finish?: boolean }>();
  const rowIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const changedRows = useMemo(() => changedRowIds(initial, value, rowIds), [initial, value, rowIds]);
  const dirty = changedRows.length > 0;
  // On while saving too: the ticks are safe only once a save has succeeded.
  useUnsavedChangesGuard(dirty);
  const saveLock = useSaveLock();

  const shownRows = useMemo(
    () =>
      rows.filter(
        (row) => (showInvalid || !row.invalid) && (filter.trim() === '' || matchesSearch(filter, [row.label])),
      ),
    [rows, filter, showInvalid],
  );
  const shownIds = new Set(shownRows.map((row) => row.id));
  const hiddenChanges = changedRows.filter((rowId) => !shownIds.has(rowId)).length;
  const labels = useMemo(() => new Map(rows.map((row) => [row.id, row.label])), [rows]);
  const labelOf = (rowId: string) => labels.get(rowId) ?? rowId;
  const onToggle = useCallback(
    (ids: readonly string[], column: MatrixColumn, checked: boolean) =>
      setMatrix((current) => ({ ...current, value: toggle(current.value, ids, column, checked) })),
    [],
  );

  const trySave = (finish: boolean) => void saveLock(() => save(finish));

  async function save(finish: boolean) {
    setSaving(savingMessage(changedRows.map(labelOf)));
    setMessage('');
    setError(undefined);
    try {
      await onSave(cellChanges(initial, value));
      setMatrix({ initial: value, value });
      if (finish) {
        showFlash(finishHref, m.permissions_changes_saved());
        navigate(finishHref);
      } else {
        setMessage(m.permissions_changes_saved());
      }
    } catch (cause) {
      if (cause instanceof CellConflict) {
        const conflict = cause as CellConflict<PermissionCell, ReadonlyMap<string, Row>>;
        setMatrix(rebase(initial, value, conflict.current));
        setError({
          message: conflict.message,
          changed: conflict.changed.map((cell) => describeChangedCell(cell, labelOf)),
        });
      } else {
        setError({ message: saveFailureOf(cause).message, changed: [], finish });
      }
    } finally {
      setSaving(undefined);
    }
  }

  return (
    <div aria-busy={saving !== undefined}>
      {before}
      <ToolbarField className={styles.filter}>
        <label htmlFor={filterId}>{filterLabel}</label>
        <input id={filterId} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        {rows.some((row) => row.invalid) && (
          <label>
            <input type="checkbox" checked={showInvalid} onChange={(event) => setShowInvalid(event.target.checked)} />{' '}
            {m.permissions_show_invalid()}
          </label>
        )}
        <Hint inline>
          {shownRows.length === rows.length
            ? m.permissions_all_shown({ count: formatNumber(rows.length) })
            : m.permissions_some_shown({ shown: formatNumber(shownRows.length), count: formatNumber(rows.length) })}
        </Hint>
      </ToolbarField>
      {hiddenChanges > 0 && <Hint>{unsavedMessage(changedRows.length, hiddenChanges)}</Hint>}
      {error && (
        <ChangedCellsAlert
          message={error.message}
          changed={error.changed}
          onRetry={error.finish === undefined ? undefined : () => trySave(error.finish ?? false)}
        />
      )}
      <PermissionMatrix
        caption={caption}
        rowHeader={rowHeader}
        rows={shownRows}
        columns={columns}
        value={value}
        disabled={saving !== undefined}
        onToggle={onToggle}
      />
      <div role="status">{saving && <Hint>{saving}</Hint>}</div>
      <FormActions
        saving={saving !== undefined}
        message={message}
        dirty={dirty}
        cancelHref={finishHref}
        onSave={trySave}
        onCancelSave={cancelWrites}
      />
    </div>
  );
}
