import { memo, useEffect, useRef } from 'react';
import { columnState, type MatrixColumn, type MatrixValue } from './matrix-state';

export interface MatrixRow {
  id: string;
  label: string;
  note?: string;
}

interface PermissionMatrixProps {
  caption: string;
  rowHeader: string;
  rows: readonly MatrixRow[];
  columns: readonly MatrixColumn[];
  value: MatrixValue;
  disabled?: boolean;
  onToggle: (rowId: string, columnKey: string, checked: boolean) => void;
  onToggleColumn: (columnKey: string, checked: boolean) => void;
}

const contextSuffix = (column: MatrixColumn) => (column.context ? ` (${column.context})` : '');

/** A table of checkboxes: a row per group (or user, or customer), a column per permission type. */
export function PermissionMatrix(props: PermissionMatrixProps) {
  const { caption, rowHeader, rows, columns, value, disabled, onToggle, onToggleColumn } = props;
  const rowIds = rows.map((row) => row.id);
  const contexts = [...new Set(columns.map((column) => column.context).filter(Boolean))] as string[];

  return (
    <table className="data-table matrix">
      <caption>{caption}</caption>
      {/* Fixed layout sizes columns from the first row, which may be the context row: say the widths here. */}
      <colgroup>
        <col />
        {columns.map((column) => (
          <col key={column.key} className="matrix__column" />
        ))}
      </colgroup>
      <thead>
        {contexts.length > 0 && (
          <tr>
            <td />
            {contexts.map((context) => (
              <th
                key={context}
                scope="colgroup"
                colSpan={columns.filter((column) => column.context === context).length}
              >
                {context}
              </th>
            ))}
          </tr>
        )}
        <tr>
          <th scope="col">{rowHeader}</th>
          {columns.map((column) => (
            <th key={column.key} scope="col" className="matrix__cell">
              <SelectAll
                label={`Toggle ${column.type} permission for all${contextSuffix(column)}`}
                state={columnState(value, rowIds, column.key)}
                disabled={disabled || rows.length === 0}
                onChange={(checked) => onToggleColumn(column.key, checked)}
              />
              <span aria-hidden="true"> {column.type}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <MatrixRowView
            key={row.id}
            row={row}
            columns={columns}
            cells={value.get(row.id)}
            disabled={disabled}
            onToggle={onToggle}
          />
        ))}
      </tbody>
    </table>
  );
}

function SelectAll({
  label,
  state,
  disabled,
  onChange,
}: {
  label: string;
  state: 'all' | 'some' | 'none';
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      checked={state === 'all'}
      disabled={disabled}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}

// Memoized per row: ticking one box re-renders one row, not a thousand.
const MatrixRowView = memo(function MatrixRowView({
  row,
  columns,
  cells,
  disabled,
  onToggle,
}: {
  row: MatrixRow;
  columns: readonly MatrixColumn[];
  cells: ReadonlySet<string> | undefined;
  disabled?: boolean;
  onToggle: (rowId: string, columnKey: string, checked: boolean) => void;
}) {
  return (
    <tr>
      <th scope="row">
        {row.label}
        {row.note && <span className="matrix__note"> {row.note}</span>}
      </th>
      {columns.map((column) => (
        <td key={column.key} className="matrix__cell">
          <input
            type="checkbox"
            aria-label={`${column.type} permission for ${row.label}${contextSuffix(column)}`}
            checked={cells?.has(column.key) ?? false}
            disabled={disabled}
            onChange={(event) => onToggle(row.id, column.key, event.target.checked)}
          />
        </td>
      ))}
    </tr>
  );
});
