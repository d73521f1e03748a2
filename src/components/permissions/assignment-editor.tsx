import { type ReactNode, useCallback, useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { FormActions } from '@/components/form/form-actions';
import { showFlash } from '@/lib/flash-messages';
import { matchesSearch } from '@/lib/search-matching';
import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import { isDirty, type MatrixColumn, type MatrixValue, rowsToSave, toggleCell, toggleColumn } from './matrix-state';
import { type MatrixRow, PermissionMatrix } from './permission-matrix';

export interface AssignmentRow extends MatrixRow {
  cells: readonly string[];
}

export interface AssignmentChange {
  rowId: string;
  cells: string[];
}

interface AssignmentEditorProps {
  caption: string;
  rowHeader: string;
  filterLabel: string;
  columns: readonly MatrixColumn[];
  rows: readonly AssignmentRow[];
  /** Shown above the matrix, e.g. the default groups that cannot be changed. */
  before?: ReactNode;
  finishHref: string;
  onSave: (changes: AssignmentChange[]) => Promise<unknown>;
}

function matrixValueOf(rows: readonly AssignmentRow[]): MatrixValue {
  return new Map(rows.map((row) => [row.id, new Set(row.cells)]));
}

/** An assignment screen: the matrix, a filter, and Save / Save and finish / Cancel. */
export function AssignmentEditor(props: AssignmentEditorProps) {
  const { caption, rowHeader, filterLabel, columns, rows, before, finishHref, onSave } = props;
  const navigate = useNavigate();
  const filterId = useId();
  const [initial, setInitial] = useState(() => matrixValueOf(rows));
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
  const shownIds = useMemo(() => shownRows.map((row) => row.id), [shownRows]);

  const onToggle = useCallback(
    (rowId: string, columnKey: string, checked: boolean) =>
      setValue((current) => toggleCell(current, columns, rowId, columnKey, checked)),
    [columns],
  );
  const onToggleColumn = useCallback(
    (columnKey: string, checked: boolean) =>
      setValue((current) => toggleColumn(current, columns, shownIds, columnKey, checked)),
    [columns, shownIds],
  );

  async function save(finish: boolean) {
    setSaving(true);
    setMessage('');
    setError('');
    try {
      await onSave(
        rowsToSave(initial, value, shownIds).map((rowId) => ({
          rowId,
          cells: columns.map((column) => column.key).filter((key) => value.get(rowId)?.has(key)),
        })),
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
    <div className="assignment" aria-busy={saving}>
      {before}
      <div className="toolbar__field assignment__filter">
        <label htmlFor={filterId}>{filterLabel}</label>
        <input id={filterId} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        <span className="hint">
          {shownRows.length === rows.length ? `${rows.length} shown` : `${shownRows.length} of ${rows.length} shown`}
        </span>
      </div>
      {error && (
        <p role="alert" className="state state--error">
          {error} Your ticks are kept; try again.
        </p>
      )}
      <div className="assignment__table">
        <PermissionMatrix
          caption={caption}
          rowHeader={rowHeader}
          rows={shownRows}
          columns={columns}
          value={value}
          disabled={saving}
          onToggle={onToggle}
          onToggleColumn={onToggleColumn}
        />
      </div>
      <FormActions saving={saving} message={message} dirty={dirty} cancelHref={finishHref} onSave={save} />
    </div>
  );
}
