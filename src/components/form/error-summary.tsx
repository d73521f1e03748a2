import { forwardRef } from 'react';
import { buttonClass } from '@/components/ui/button';
import { m } from '@/i18n';
import styles from './error-summary.module.css';

export interface SummaryError {
  fieldId?: string;
  /** Shown before the message only when no field owns the error ("Save: …"); a field's message names it already. */
  label: string;
  message: string;
}

/** A save that failed for a reason other than the input (a fault, a timeout, no connection): one sentence, and Try again. */
export interface SummaryFailure {
  message: string;
  onRetry?: () => void;
}

interface ErrorSummaryProps {
  errors: SummaryError[];
  failure?: SummaryFailure | undefined;
}

/**
 * The errors of a failed save, at the top of the form, each linking to its field. Takes focus on a
 * failed submit. A field's error reads as its message alone ("Firstname is required."), which names the field.
 * A failure that is not about the input says so in a sentence instead, with Try again.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { errors, failure },
  ref,
) {
  if (failure && errors.length === 0) {
    return (
      <div ref={ref} className={styles.summary} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title" className={styles.title}>
          {m.ui_not_saved()}
        </h2>
        <p>{failure.message}</p>
        {failure.onRetry && (
          <button type="button" className={buttonClass()} onClick={failure.onRetry}>
            {m.ui_try_again()}
          </button>
        )}
      </div>
    );
  }
  if (errors.length === 0) return null;
  return (
    <div ref={ref} className={styles.summary} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className={styles.title}>
        {m.ui_error_summary_title({ count: errors.length })}
      </h2>
      <ul>
        {errors.map((error) => (
          <li key={`${error.fieldId ?? ''}${error.message}`}>
            {error.fieldId ? (
              <a
                href={`#${error.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(error.fieldId ?? '')?.focus();
                }}
              >
                {error.message}
              </a>
            ) : (
              `${error.label}: ${error.message}`
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});
