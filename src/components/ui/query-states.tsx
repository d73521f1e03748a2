import type { ReactNode } from 'react';
import { buttonClass } from './button';
import { cx } from './class-names';
import styles from './query-states.module.css';

export function LoadingState({ children }: { children: ReactNode }) {
  return (
    <p role="status" className={cx(styles.state, styles.loading)}>
      <span className={styles.spinner} aria-hidden="true" />
      {children}
    </p>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className={styles.state}>{children}</p>;
}

interface ErrorStateProps {
  title: string;
  error: Error;
  onRetry?: () => void;
}

export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
  return (
    <div role="alert" className={cx(styles.state, styles.error)}>
      <p className={styles.title}>{title}</p>
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" className={buttonClass()} onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** A failed action in one line, announced at once: `<ErrorMessage>{save.error.message}</ErrorMessage>`. */
export function ErrorMessage({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className={cx(styles.state, styles.error)}>
      {children}
    </p>
  );
}
