import { type CSSProperties, memo, useEffect, useId, useRef } from 'react';
import { useGridNavigation } from '@/components/grid/use-grid-navigation';
import { cx } from '@/components/ui/class-names';
import { dataTable } from '@/components/ui/data-table';
import { UserText } from '@/components/ui/user-text';
import { m, useLocale, validityLabel } from '@/i18n';
import {
  columnKey,
  columnState,
  isTicked,
  type MatrixColumn,
  type MatrixValue,
  type PermissionRow,
} from '../lib/matrix-state';
import styles from './permission-matrix.module.css';

/** What a row shows: its name, and a note beside it (a group's comment, a customer user's name). */
export interface MatrixRowHeader {
  id: string;
  label: string;
  note?: string;
  /** An invalid customer or customer user: marked "invalid" beside the name. */
  invalid?: boolean;
  /** Why the row cannot change (a default group): shown granted and disabled, described by this. */
  locked?: string;
}

interface PermissionMatrixProps {
  caption: string;
  rowHeader: string;
  rows: readonly MatrixRowHeader[];
  columns: readonly MatrixColumn[];
  value: MatrixValue<PermissionRow>;
  disabled?: boolean;
  onToggle: (rowIds: readonly string[], column: MatrixColumn, checked: boolean) => void;
}

/** "Toggle ro permission for all", with the context if the column has one. */
const selectAllLabel = ({ type, context }: MatrixColumn) =>
  context ? m.permissions_toggle_all_in_context({ type, context }) : m.permissions_toggle_all({ type });

/** "ro permission for billing", with the context if the column has one. */
const cellLabel = ({ type, context }: MatrixColumn, row: string) =>
  context ? m.permissions_cell_in_context({ type, row, context }) : m.permissions_cell({ type, row });

/** A table of checkboxes: a row per group (or user, or customer), a column per permission type. */
export function PermissionMatrix(props: PermissionMatrixProps) {
  const { caption, rowHeader, rows, columns, value, disabled, onToggle } = props;
  const idPrefix = useId();
  const rowIds = rows.flatMap((row) => (row.locked ? [] : [row.id]));
  // Rows of a default group are granted and locked: a column of only those is all ticked.
  const onlyLocked = rowIds.length === 0 && rows.length > 0;
  const contexts = [...new Set(columns.flatMap((column) => column.context ?? []))];
  const tableRef = useRef<HTMLTableElement>(null);
  // One Tab stop for the whole matrix, the select-all boxes included: Save is a Tab away at any size.
  useGridNavigation(tableRef);

  // No <TableScroll> here: the editor's box around the matrix already scrolls both ways, and a scroll
  // box of its own would become the one the sticky header sticks to, so the header would scroll away.
  return (
    <table
      ref={tableRef}
      className={cx(dataTable.table, styles.matrix)}
      style={{ '--matrix-columns': columns.length } as CSSProperties}
    >
      <caption>{caption}</caption>
      {/* Fixed layout sizes columns from the first row, which may be the context row: say the widths here. */}
      <colgroup>
        <col />
        {columns.map((column) => (
          <col key={columnKey(column)} className={styles.column} />
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
            <th key={columnKey(column)} scope="col">
              <SelectAll
                label={selectAllLabel(column)}
                state={onlyLocked ? 'all' : columnState(value, rowIds, column)}
                disabled={disabled || rowIds.length === 0}
                onChange={(checked) => onToggle(rowIds, column, checked)}
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
            header={row}
            reasonId={`${idPrefix}-${row.id}`}
            columns={columns}
            row={value.get(row.id)}
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
    <label className={styles.target}>
      <input
        ref={ref}
        type="checkbox"
        aria-label={label}
        checked={state === 'all'}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
    </label>
  );
}

// Memoized per row: ticking one box re-renders one row, not a thousand.
const MatrixRowView = memo(function MatrixRowView({
  header,
  reasonId,
  columns,
  row,
  disabled,
  onToggle,
}: {
  header: MatrixRowHeader;
  reasonId: string;
  columns: readonly MatrixColumn[];
  row: PermissionRow | undefined;
  disabled?: boolean;
  onToggle: PermissionMatrixProps['onToggle'];
}) {
  // Memoized: it re-renders on a change of language only because it asks for the language.
  useLocale();
  return (
    <tr>
      <th scope="row">
        <UserText>{header.label}</UserText>
        {header.invalid && <span className={styles.invalid}> {validityLabel('invalid')}</span>}
        {header.note && (
          <span className={styles.note}>
            {' '}
            <UserText>{header.note}</UserText>
          </span>
        )}
        {header.locked && (
          <span id={reasonId} className={styles.note}>
            {' '}
            {header.locked}
          </span>
        )}
      </th>
      {columns.map((column) => (
        <td key={columnKey(column)}>
          <label className={styles.target}>
            <input
              type="checkbox"
              aria-label={cellLabel(column, header.label)}
              checked={header.locked !== undefined || isTicked(row, column)}
              disabled={disabled || header.locked !== undefined}
              aria-describedby={header.locked ? reasonId : undefined}
              onChange={(event) => onToggle([header.id], column, event.target.checked)}
            />
          </label>
        </td>
      ))}
    </tr>
  );
});
