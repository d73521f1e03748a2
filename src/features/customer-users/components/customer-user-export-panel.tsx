import { useId } from 'react';
import { buttonClass } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/query-states';
import { formatNumber, m } from '@/i18n';
import type { CustomerUserExportQuery } from '../api/customer-user-export';
import styles from './customer-user-export-panel.module.css';
import { useCustomerUserExportRun } from './customer-user-export-run';

export interface CustomerUserExportPanelProps {
  /** The list's search, validity filter and order when Export CSV was clicked. */
  query: CustomerUserExportQuery;
  /** Hears when the export starts and ends (a state setter: it must keep its identity). */
  onBusyChange: (busy: boolean) => void;
}

/**
 * One export, started when it mounts: its progress with Cancel export, then "Exported N customer users."
 * (the file is downloaded), or the failure with Try again; nothing half-written is ever downloaded.
 * Loads on the click on Export CSV, with papaparse, not in the first visit.
 */
export function CustomerUserExportPanel({ query, onBusyChange }: CustomerUserExportPanelProps) {
  const { phase, cancel, retry } = useCustomerUserExportRun(query, onBusyChange);
  return (
    <div className={styles.panel}>
      {phase.kind === 'running' && <ExportProgress rows={phase.rows} total={phase.total} onCancel={cancel} />}
      {phase.kind === 'failed' && (
        <ErrorState title={m.customer_users_export_failed()} error={phase.error} onRetry={() => retry()} />
      )}
      {/* There from the start, so its end is announced once, politely. */}
      <p role="status" className={styles.status}>
        {phase.kind === 'done'
          ? m.customer_users_export_done({ count: phase.rows, exported: formatNumber(phase.rows) })
          : phase.kind === 'cancelled'
            ? m.customer_users_export_cancelled()
            : ''}
      </p>
    </div>
  );
}

interface ExportProgressProps {
  rows: number;
  /** Unknown until the first page has come. */
  total: number | undefined;
  onCancel: () => void;
}

function ExportProgress({ rows, total, onCancel }: ExportProgressProps) {
  const countId = useId();
  return (
    <div className={styles.progress}>
      <progress
        className={styles.bar}
        aria-label={m.customer_users_export_progress_label()}
        aria-describedby={countId}
        max={Math.max(total ?? 1, 1)}
        value={total === undefined ? undefined : rows}
      />
      <p id={countId} className={styles.count}>
        {total === undefined
          ? m.customer_users_export_preparing()
          : m.customer_users_export_progress({ count: total, done: formatNumber(rows), total: formatNumber(total) })}
      </p>
      <button type="button" className={buttonClass({ variant: 'secondary' })} onClick={onCancel}>
        {m.customer_users_export_cancel()}
      </button>
    </div>
  );
}
