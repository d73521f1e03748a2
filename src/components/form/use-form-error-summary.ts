import { useRef, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { m } from '@/i18n';
import type { SummaryError } from './error-summary';

/** What a failed save tells the form: a message per field it names, and one for the rest. */
export interface SaveFailure {
  fieldErrors: Record<string, string>;
  message: string;
  /** Whether the input was the problem (a 400); any other failure shows as one sentence, not as a list. */
  inputProblem?: boolean;
}

/**
 * The error summary of a form: the field errors (from the schema or the server, shown on the fields
 * too) plus errors no field owns, and focus on the summary after a failed save. A save that failed
 * for another reason than the input is `failure`: its sentence (the input stays as typed).
 */
export function useFormErrorSummary<Values extends FieldValues>(
  form: UseFormReturn<Values, unknown, unknown>,
  labels: Record<string, string>,
  fieldId: (name: string) => string,
) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const [otherErrors, setOtherErrors] = useState<SummaryError[]>([]);
  const [failure, setFailure] = useState<string>();
  const isField = (name: string): name is Path<Values> => name in labels;

  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  /** Puts a failed save's errors on the fields and in the summary; the input stays as typed. */
  function showSaveError({ fieldErrors, message, inputProblem = true }: SaveFailure) {
    const unowned: SummaryError[] = [];
    if (!inputProblem) {
      setFailure(message);
    } else if (Object.keys(fieldErrors).length > 0) {
      for (const [name, fieldMessage] of Object.entries(fieldErrors)) {
        if (isField(name)) form.setError(name, { type: 'server', message: fieldMessage });
        else unowned.push({ label: name === 'body' ? m.ui_error_label_request() : name, message: fieldMessage });
      }
    } else {
      unowned.push({ label: m.ui_save(), message });
    }
    setOtherErrors(unowned);
    focusSummary();
  }

  const summaryErrors: SummaryError[] = [
    ...Object.entries(form.formState.errors).flatMap(([name, fieldError]) => {
      const message = fieldError?.message;
      return isField(name) && typeof message === 'string'
        ? [{ fieldId: fieldId(name), label: labels[name] ?? name, message }]
        : [];
    }),
    ...otherErrors,
  ];

  return {
    summaryRef,
    summaryErrors,
    /** The sentence of a save that failed for another reason than the input, if the last one did. */
    failure,
    focusSummary,
    showSaveError,
    clearSaveErrors: () => {
      setOtherErrors([]);
      setFailure(undefined);
    },
  };
}
