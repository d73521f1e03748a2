import { useId, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { dataTable } from '@/components/ui/data-table';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/query-states';
import { TableScroll } from '@/components/ui/table-scroll';
import { customerUserFieldLabel, m } from '@/i18n';
import type { FileRow } from '../lib/file-rows';
import { hasErrors, type RowCheck, type RowOutcome } from '../lib/preview';
import { checkText, outcomeText } from '../lib/result-text';
import styles from './import-preview-table.module.css';

export const previewPageSize = 100;

interface ImportPreviewTableProps {
  rows: readonly FileRow[];
  checks: readonly RowCheck[];
  /** After an import run: what it did with each row it meant to write. */
  outcomes: ReadonlyMap<number, RowOutcome> | undefined;
}

function nameOf({ values }: FileRow): string {
  return [values.title, values.firstName, values.lastName].filter((part) => part && part.trim() !== '').join(' ');
}

/**
 * Every row of the file with what the import will do (or did) with it, 100 to a page (the page is in the
 * URL, `?page=2`; `?errors=1` shows only the rows with errors). Every row is reachable.
 */
export function ImportPreviewTable({ rows, checks, outcomes }: ImportPreviewTableProps) {
  const filterId = useId();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const onlyErrors = searchParams.get('errors') === '1';
  const shown = useMemo(() => {
    const indexes: number[] = [];
    for (let index = 0; index < rows.length; index++) {
      if (!onlyErrors || hasErrors(checks[index], outcomes?.get(index))) indexes.push(index);
    }
    return indexes;
  }, [rows, checks, outcomes, onlyErrors]);
  const pageCount = Math.max(1, Math.ceil(shown.length / previewPageSize));
  const page = Math.min(pageCount, Math.max(1, Math.floor(Number(searchParams.get('page'))) || 1));
  const hrefFor = (target: number) => {
    const params = new URLSearchParams();
    if (onlyErrors) params.set('errors', '1');
    if (target > 1) params.set('page', String(target));
    const query = params.toString();
    return query ? `${pathname}?${query}` : pathname;
  };
  const pageRows = shown.slice((page - 1) * previewPageSize, page * previewPageSize);

  return (
    <section className={styles.preview}>
      <div className={styles.filter}>
        <input
          id={filterId}
          type="checkbox"
          checked={onlyErrors}
          onChange={(event) => navigate(event.target.checked ? `${pathname}?errors=1` : pathname, { replace: true })}
        />
        <label htmlFor={filterId}>{m.import_only_errors()}</label>
      </div>
      {shown.length === 0 ? (
        <EmptyState>{m.import_no_error_rows()}</EmptyState>
      ) : (
        <TableScroll labelledBy={`${filterId}-caption`}>
          <table className={dataTable.table}>
            <caption id={`${filterId}-caption`} className={styles.caption}>
              {m.import_preview()}
            </caption>
            <thead>
              <tr>
                <th scope="col">{m.import_column_row()}</th>
                <th scope="col">{customerUserFieldLabel('login')}</th>
                <th scope="col">{m.import_column_name()}</th>
                <th scope="col">{customerUserFieldLabel('email')}</th>
                <th scope="col">{customerUserFieldLabel('customerId')}</th>
                <th scope="col">{m.import_column_result()}</th>
              </tr>
            </thead>
            <tbody>
              {pageRows.map((index) => {
                const row = rows[index];
                const check = checks[index];
                if (!row || !check) return null;
                const outcome = outcomes?.get(index);
                const failed = hasErrors(check, outcome);
                return (
                  <tr key={row.line} className={failed ? styles.failed : undefined}>
                    <td className={styles.number}>{row.line}</td>
                    <th scope="row" className={dataTable.identifier}>
                      {row.values.login}
                    </th>
                    <td>{nameOf(row)}</td>
                    <td className={dataTable.identifier}>{row.values.email}</td>
                    <td className={dataTable.identifier}>{row.values.customerId}</td>
                    <td className={dataTable.comment}>{outcomes ? outcomeText(check, outcome) : checkText(check)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination label={m.import_pages()} page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </section>
  );
}
