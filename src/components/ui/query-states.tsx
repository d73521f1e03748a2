import type { ReactNode } from 'react';
import { m } from '@/i18n';
import { useIsOnline } from '@/lib/online-status';
import { buttonClass } from './button';
import { cx } from './class-names';
import styles from './query-states.module.css';

/** A load under way; offline, the load waits for the connection (React Query pauses it) and says so. */
export function LoadingState({ children }: { children: ReactNode }) {
  const online = useIsOnline();
  return (
    <p role="status" className={cx(styles.state, styles.loading)}>
      {online ? <span className={styles.spinner} aria-hidden="true" /> : null}
      {online ? (
        children
      ) : (
        <span>
          {children} {m.ui_waiting_for_connection()}
        </span>
      )}
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
          {m.ui_try_again()}
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

/** What a query offers to be shown: React Query's result fits. */
interface Loadable<Data> {
  isPending: boolean;
  error: Error | null;
  data: Data | undefined;
  refetch: () => unknown;
}

/** A query's loading and failure (with Try again) states; once its data is there, `children` shows it. */
export function QueryStates<Data>({
  query,
  loading,
  failed,
  children,
}: {
  query: Loadable<Data>;
  loading: string;
  failed: string;
  children: (data: Data) => ReactNode;
}) {
  if (query.isPending) return <LoadingState>{loading}</LoadingState>;
  if (query.data === undefined) {
    return <ErrorState title={failed} error={query.error ?? new Error(failed)} onRetry={() => query.refetch()} />;
  }
  return children(query.data);
}
