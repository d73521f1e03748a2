import { ErrorMessage } from '@/components/ui/query-states';
import styles from './changed-cells-alert.module.css';

/** A refused save: what someone else changed, cell by cell, and that the admin's ticks are kept. */
export function ChangedCellsAlert({ message, changed }: { message: string; changed: readonly string[] }) {
  if (changed.length === 0) return <ErrorMessage>{message} Your ticks are kept; try again.</ErrorMessage>;
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
