import { buttonClass } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/query-states';
import { m } from '@/i18n';
import styles from './changed-cells-alert.module.css';

interface ChangedCellsAlertProps {
  message: string;
  changed: readonly string[];
  /** For a save that failed for another reason (a fault, a timeout, no connection): sends it again. */
  onRetry?: (() => void) | undefined;
}

/** A refused save: what someone else changed, cell by cell, and that the admin's ticks are kept. */
export function ChangedCellsAlert({ message, changed, onRetry }: ChangedCellsAlertProps) {
  if (changed.length === 0) {
    return (
      <>
        <ErrorMessage>{message}</ErrorMessage>
        {onRetry && (
          <button type="button" className={buttonClass({ variant: 'secondary' })} onClick={onRetry}>
            {m.permissions_try_again()}
          </button>
        )}
      </>
    );
  }
  return (
    <div role="alert" className={styles.alert}>
      <p className={styles.title}>{message}</p>
      <ul>
        {changed.map((line) => (
          <li key={line}>{`${line}.`}</li>
        ))}
      </ul>
      <p>{m.permissions_ticks_kept()}</p>
    </div>
  );
}
