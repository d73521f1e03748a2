import { buttonClass } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/query-states';
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
            Try again
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
          <li key={line}>{line}.</li>
        ))}
      </ul>
      <p>Your ticks are kept, and the matrix now shows their changes. Save again to apply what is still a change.</p>
    </div>
  );
}
