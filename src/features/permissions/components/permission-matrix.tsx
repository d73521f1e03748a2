import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  type Range,
  type Rect,
  useVirtualizer,
  type VirtualItem,
  type Virtualizer,
} from '@tanstack/react-virtual';
import {
  type CSSProperties,
  type FocusEvent,
  memo,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { gridRowAttribute, useGridNavigation } from '@/components/grid/use-grid-navigation';
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

/** Up to this many rows the matrix renders them all; beyond, only those in view (and a few around). */
export const allRowsUpTo = 100;
/** A row's height before it is measured: one line of name, a 24 px box and the cell padding. */
const rowEstimate = 40;
/**
 * Rows rendered beyond the box's edges. It also covers the caption and header above the body, which
 * the virtualiser leaves out of its reckoning (they are about three rows high).
 */
const overscan = 10;

/** The box's size before it is laid out (and in jsdom, which lays out nothing): a screenful, as in CSS. */
const unlaidRect = (): Rect => ({ width: 0, height: Math.round(window.innerHeight * 0.7) });

const observeLaidOutRect = (
  instance: Virtualizer<HTMLDivElement, HTMLTableRowElement>,
  callback: (rect: Rect) => void,
) => observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : unlaidRect()));

/** A row that measures nothing (not laid out) keeps its estimate, rather than make room for all the rows. */
const measureRow = (
  row: HTMLTableRowElement,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, HTMLTableRowElement>,
) => measureElement(row, entry, instance) || rowEstimate;

/**
 * A table of checkboxes: a row per group (or user, or customer), a column per permission type.
 *
 * A thousand groups: beyond `allRowsUpTo` rows only those in view are in the DOM (docs/decisions/
 * 011-virtual-matrix.md), between two spacer rows that keep the scroll bar true. The table still says
 * how many rows it has (`aria-rowcount`, `aria-rowindex`), select-all and the filter work on all the
 * rows, and the arrow keys reach every row: one not rendered yet is rendered and focused, which scrolls
 * it into view. The row that holds the Tab stop stays rendered while it scrolls away, so focus is never lost.
 */
export function PermissionMatrix(props: PermissionMatrixProps) {
  const { caption, rowHeader, rows, columns, value, disabled, onToggle } = props;
  const idPrefix = useId();
  const rowIds = useMemo(() => rows.flatMap((row) => (row.locked ? [] : [row.id])), [rows]);
  // Rows of a default group are granted and locked: a column of only those is all ticked.
  const onlyLocked = rowIds.length === 0 && rows.length > 0;
  const states = useMemo(
    () => columns.map((column) => (onlyLocked ? 'all' : columnState(value, rowIds, column))),
    [columns, onlyLocked, value, rowIds],
  );
  const contexts = [...new Set(columns.flatMap((column) => column.context ?? []))];
  const headerRows = contexts.length > 0 ? 2 : 1;
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  const virtual = rows.length > allRowsUpTo;
  // The row last focused (or asked for by a key): rendered wherever the box is scrolled.
  const [keptId, setKeptId] = useState<string>();
  const indexById = useMemo(() => new Map(rows.map((row, index) => [row.id, index])), [rows]);
  const keptIndex = keptId === undefined ? undefined : indexById.get(keptId);
  const virtualizer = useVirtualizer({
    count: rows.length,
    enabled: virtual,
    getScrollElement: () => scrollRef.current,
    getItemKey: useCallback((index: number) => rows[index]?.id ?? index, [rows]),
    estimateSize: () => rowEstimate,
    overscan,
    initialRect: unlaidRect(),
    observeElementRect: observeLaidOutRect,
    measureElement: measureRow,
    indexAttribute: gridRowAttribute,
    rangeExtractor: useCallback(
      (range: Range) => {
        const indexes = defaultRangeExtractor(range);
        return keptIndex === undefined || indexes.includes(keptIndex)
          ? indexes
          : [...indexes, keptIndex].sort((a, b) => a - b);
      },
      [keptIndex],
    ),
    // A scroll renders in React's own time, not by flushSync inside the event: the overscan covers the
    // frame, and React 19 warns of a flushSync that comes while it renders (a row measured on mount).
    useFlushSync: false,
  });

  // One Tab stop for the whole matrix, the select-all boxes included: Save is a Tab away at any size.
  useGridNavigation(tableRef, {
    rows: {
      count: rows.length,
      usableColumns: (index) =>
        disabled || rows[index]?.locked !== undefined ? [] : columns.map((_, column) => column + 1),
      reveal: (index) => setKeptId(rows[index]?.id),
    },
  });
  const keepFocused = (event: FocusEvent<HTMLTableElement>) => {
    const mark = event.target.closest('tr')?.getAttribute(gridRowAttribute);
    const row = mark == null ? undefined : rows[Number(mark)];
    if (row) setKeptId(row.id);
  };

  const rowView = (row: MatrixRowHeader, index: number) => (
    <MatrixRowView
      key={row.id}
      header={row}
      index={index}
      rowIndex={headerRows + index + 1}
      measureRef={virtual ? virtualizer.measureElement : undefined}
      reasonId={`${idPrefix}-${row.id}`}
      columns={columns}
      row={value.get(row.id)}
      disabled={disabled}
      onToggle={onToggle}
    />
  );

  // Its own scroll box (no <TableScroll>): it scrolls both ways, the sticky header sticks to it, and the
  // virtualiser follows it.
  return (
    <div ref={scrollRef} className={styles.scroll}>
      <table
        ref={tableRef}
        className={cx(dataTable.table, styles.matrix)}
        style={{ '--matrix-columns': columns.length } as CSSProperties}
        aria-rowcount={headerRows + rows.length}
        onFocus={keepFocused}
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
            <tr aria-rowindex={1}>
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
          <tr aria-rowindex={headerRows}>
            <th scope="col">{rowHeader}</th>
            {columns.map((column, index) => (
              <th key={columnKey(column)} scope="col">
                <SelectAll
                  label={selectAllLabel(column)}
                  state={states[index] ?? 'none'}
                  disabled={disabled || rowIds.length === 0}
                  onChange={(checked) => onToggle(rowIds, column, checked)}
                />
                <span aria-hidden="true"> {column.type}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {virtual
            ? withSpacers(virtualizer.getVirtualItems(), virtualizer.getTotalSize(), columns.length + 1, (item) => {
                const row = rows[item.index];
                return row && rowView(row, item.index);
              })
            : rows.map(rowView)}
        </tbody>
      </table>
    </div>
  );
}

/** The rendered rows, with a spacer row for each stretch of rows not rendered (before, between, after). */
function withSpacers(
  items: readonly VirtualItem[],
  totalSize: number,
  columnCount: number,
  render: (item: VirtualItem) => ReactNode,
): ReactNode[] {
  const out: ReactNode[] = [];
  let end = 0;
  const spacer = (height: number) => (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable, and is no row to count
    <tr key={`spacer-${out.length}`} aria-hidden="true" className={styles.spacer}>
      <td colSpan={columnCount} style={{ height }} />
    </tr>
  );
  for (const item of items) {
    if (item.start > end) out.push(spacer(item.start - end));
    out.push(render(item));
    end = item.end;
  }
  if (totalSize > end) out.push(spacer(totalSize - end));
  return out;
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
  index,
  rowIndex,
  measureRef,
  reasonId,
  columns,
  row,
  disabled,
  onToggle,
}: {
  header: MatrixRowHeader;
  /** Its place among the rows shown, from 0, and in the table (`aria-rowindex`, the header rows counted). */
  index: number;
  rowIndex: number;
  /** The virtualiser's, to measure the row's height. */
  measureRef?: (row: HTMLTableRowElement | null) => void;
  reasonId: string;
  columns: readonly MatrixColumn[];
  row: PermissionRow | undefined;
  disabled?: boolean;
  onToggle: PermissionMatrixProps['onToggle'];
}) {
  // Memoized: it re-renders on a change of language only because it asks for the language.
  useLocale();
  return (
    <tr ref={measureRef} aria-rowindex={rowIndex} {...{ [gridRowAttribute]: index }}>
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
