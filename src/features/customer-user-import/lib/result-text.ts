import { customerUserLabels } from '@/api/labels';
import { problemMessage } from '@/api/problem';
import { customerUserFieldLabel, m } from '@/i18n';
import type { RowCheck, RowOutcome, RowProblems } from './preview';

/**
 * A row's problems in words, in the language on view, each after its field's label as the form says it:
 * "Email: Email must be a valid email address." A problem of the row as a whole has no label.
 */
export function problemsText(problems: RowProblems): string {
  return Object.entries(problems)
    .map(([field, problem]) => {
      if (!Object.hasOwn(customerUserLabels, field)) return problemMessage(problem);
      const name = field as keyof typeof customerUserLabels;
      return m.import_problem({
        field: customerUserFieldLabel(name),
        message: problemMessage(problem, `customerUser.${name}`),
      });
    })
    .join(' ');
}

/** What the preview says the import will do with a row: "add", "update", "unchanged", or its errors. */
export function checkText(check: RowCheck): string {
  switch (check.status) {
    case 'add':
      return m.import_result_add();
    case 'update':
      return m.import_result_update();
    case 'unchanged':
      return m.import_result_unchanged();
    case 'conflict':
      return m.import_result_conflict();
    case 'invalid':
      return problemsText(check.problems ?? {});
  }
}

/** What the import did with a row: "added", "updated", "not written: <reason>", or that it may have been written. */
export function outcomeText(check: RowCheck, outcome: RowOutcome | undefined): string {
  const notWritten = (reason: string) => m.import_outcome_not_written({ reason });
  switch (outcome?.kind) {
    case 'added':
      return m.import_outcome_added();
    case 'updated':
      return m.import_outcome_updated();
    case 'unchanged':
      return notWritten(m.import_result_unchanged());
    case 'conflict':
      return notWritten(m.import_result_conflict());
    case 'refused':
      return notWritten(problemsText(outcome.problems));
    case 'not-sent':
      return notWritten(outcome.why === 'cancelled' ? m.import_reason_cancelled() : m.import_reason_stopped());
    case 'unknown':
      return m.import_outcome_unknown();
    case undefined:
      return notWritten(checkText(check));
  }
}
