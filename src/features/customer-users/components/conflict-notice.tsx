import { type CustomerUser, type CustomerUserFormValues, customerUserLabels } from '@/api/customer-user-schema';
import { ButtonRow, buttonClass } from '@/components/ui/button';
import { cx } from '@/components/ui/class-names';
import { dataTable } from '@/components/ui/data-table';
import { Notice } from '@/components/ui/notice';
import { TableScroll } from '@/components/ui/table-scroll';
import { conflictingFields } from '../lib/merge-customer-user';
import styles from './conflict-notice.module.css';

interface ConflictNoticeProps {
  /** The record as the form was loaded with it: what both admins started from. */
  base: CustomerUser;
  current: CustomerUser;
  mine: CustomerUserFormValues;
  onOverwrite: () => void;
  onDiscard: () => void;
}

/**
 * Someone else saved first. Only the fields both admins changed, to different values, are a real
 * conflict; every other change of theirs is kept when this admin saves on top.
 */
export function ConflictNotice({ base, current, mine, onOverwrite, onDiscard }: ConflictNoticeProps) {
  const conflicts = conflictingFields(base, mine, current);
  return (
    <Notice as="section" className={styles.conflict} role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">Someone else changed this customer user</h2>
      <p>
        {current.changedBy} saved it at {new Date(current.changedAt).toLocaleString()} while you were editing. Your
        input is kept below; nothing was saved.
      </p>
      {conflicts.length > 0 ? (
        <>
          <TableScroll label="Fields you both changed">
            <table className={cx(dataTable.table, styles.table)}>
              <caption>Fields you both changed</caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Your input</th>
                  <th scope="col">Saved now</th>
                </tr>
              </thead>
              <tbody>
                {conflicts.map(({ field, mine: yours, theirs }) => (
                  <tr key={field}>
                    <th scope="row">{customerUserLabels[field]}</th>
                    <td>{yours}</td>
                    <td>{theirs}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p>Saving your input replaces theirs in these fields only; their other changes are kept.</p>
        </>
      ) : (
        <p>You did not change the same fields. Their changes will be kept; saving puts your changes on top of them.</p>
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
