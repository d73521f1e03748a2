import { type ReactNode, useCallback, useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { FormActions } from '@/components/form/form-actions';
import { ErrorMessage } from '@/components/ui/query-states';
import { Hint } from '@/components/ui/text';
import { ToolbarField } from '@/components/ui/toolbar-field';
import { showFlash } from '@/lib/flash-messages';
import { matchesSearch } from '@/lib/search-matching';
import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import {
  isDirty,
  type MatrixColumn,
  type MatrixValue,
  type PermissionRow,
  rowsToSave,
  toggle,
} from '../lib/matrix-state';
import styles from './assignment-editor.module.css';
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
  /** Saves the rows shown and the rows changed, as they are now. */
  onSave: (rows: Row[]) => Promise<unknown>;
}

/** An assignment screen: the matrix, a filter, and Save / Save and finish / Cancel. */
export function AssignmentEditor<Row extends PermissionRow>(props: AssignmentEditorProps<Row>) {
  const { caption, rowHeader, filterLabel, columns, rows, before, finishHref, onSave } = props;
  const navigate = useNavigate();
  const filterId = useId();
  const [initial, setInitial] = useState<MatrixValue<Row>>(() => new Map(rows.map((row) => [row.id, row.value])));
  const [value, setValue] = useState(initial);
  const [filter, setFilter] = useState('');
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const dirty = isDirty(initial, value);
  useUnsavedChangesGuard(dirty && !saving);

  const shownRows = useMemo(
    () => (filter.trim() === '' ? rows : rows.filter((row) => matchesSearch(filter, [row.label]))),
    [rows, filter],
  );
  const onToggle = useCallback(
    (rowIds: readonly string[], column: MatrixColumn, checked: boolean) =>
      setValue((current) => toggle(current, rowIds, column, checked)),
    [],
  );

  async function save(finish: boolean) {
    setSaving(true);
    setMessage('');
    setError('');
    try {
      await onSave(
        rowsToSave(
          initial,
          value,
          shownRows.map((row) => row.id),
        ),
      );
      setInitial(value);
      if (finish) {
        showFlash(finishHref, 'Changes saved.');
        navigate(finishHref);
      } else {
        setMessage('Changes saved.');
      }
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'The changes could not be saved.');
    } finally {
      setSaving(false);
    }
  }

  return (
    <div aria-busy={saving}>
      {before}
      <ToolbarField className={styles.filter}>
        <label htmlFor={filterId}>{filterLabel}</label>
        <input id={filterId} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        <Hint inline>
          {shownRows.length === rows.length ? `${rows.length} shown` : `${shownRows.length} of ${rows.length} shown`}
        </Hint>
      </ToolbarField>
      {error && <ErrorMessage>{error} Your ticks are kept; try again.</ErrorMessage>}
      <div className={styles.table}>
        <PermissionMatrix
          caption={caption}
          rowHeader={rowHeader}
          rows={shownRows}
          columns={columns}
          value={value}
          disabled={saving}
          onToggle={onToggle}
        />
      </div>
      <FormActions saving={saving} message={message} dirty={dirty} cancelHref={finishHref} onSave={save} />
    </div>
  );
}
