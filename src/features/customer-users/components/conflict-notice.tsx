import { type CustomerUser, type CustomerUserFormValues, customerUserLabels } from '@/api/customer-user-schema';
import { ButtonRow, buttonClass } from '@/components/ui/button';
import { cx } from '@/components/ui/class-names';
import { dataTable } from '@/components/ui/data-table';
import { Notice } from '@/components/ui/notice';
import styles from './conflict-notice.module.css';

const comparedFields = Object.keys(customerUserLabels).filter(
  (field): field is Exclude<keyof CustomerUserFormValues, 'password'> => field !== 'password',
);

interface ConflictNoticeProps {
  current: CustomerUser;
  mine: CustomerUserFormValues;
  onOverwrite: () => void;
  onDiscard: () => void;
}

/** Someone else saved first: what they changed beside what this admin typed, and a choice. */
export function ConflictNotice({ current, mine, onOverwrite, onDiscard }: ConflictNoticeProps) {
  const differences = comparedFields.filter((field) => (mine[field] ?? '').trim() !== current[field]);
  return (
    <Notice as="section" className={styles.conflict} role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">Someone else changed this customer user</h2>
      <p>
        {current.changedBy} saved it at {new Date(current.changedAt).toLocaleString()} while you were editing. Your
        input is kept below; nothing was saved.
      </p>
      {differences.length > 0 && (
        <table className={cx(dataTable.table, styles.table)}>
          <caption>Fields that differ</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Your input</th>
              <th scope="col">Saved now</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((field) => (
              <tr key={field}>
                <th scope="row">{customerUserLabels[field]}</th>
                <td>{mine[field]}</td>
                <td>{current[field]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ButtonRow>
        <button type="button" className={buttonClass()} onClick={onOverwrite}>
          Save my input over theirs
        </button>
        <button type="button" className={buttonClass({ variant: 'secondary' })} onClick={onDiscard}>
          Discard my input and load theirs
        </button>
      </ButtonRow>
    </Notice>
  );
}
