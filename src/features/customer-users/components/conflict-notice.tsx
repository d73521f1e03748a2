import type { CustomerUser } from '@/api/customer-user-schema';
import type { CustomerUserFormValues } from '@/api/customer-user-write-schema';
import { ButtonRow, buttonClass } from '@/components/ui/button';
import { cx } from '@/components/ui/class-names';
import { dataTable } from '@/components/ui/data-table';
import { Notice } from '@/components/ui/notice';
import { TableScroll } from '@/components/ui/table-scroll';
import { customerUserFieldLabel, formatDateTime, m } from '@/i18n';
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
      <h2 id="conflict-title">{m.customer_users_conflict_title()}</h2>
      <p>
        {m.customer_users_conflict_text({ changedBy: current.changedBy, changedAt: formatDateTime(current.changedAt) })}
      </p>
      {conflicts.length > 0 ? (
        <>
          <TableScroll label={m.customer_users_conflict_fields()}>
            <table className={cx(dataTable.table, styles.table)}>
              <caption>{m.customer_users_conflict_fields()}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.customer_users_conflict_field()}</th>
                  <th scope="col">{m.customer_users_conflict_mine()}</th>
                  <th scope="col">{m.customer_users_conflict_theirs()}</th>
                </tr>
              </thead>
              <tbody>
                {conflicts.map(({ field, mine: yours, theirs }) => (
                  <tr key={field}>
                    <th scope="row">{customerUserFieldLabel(field)}</th>
                    <td>{yours}</td>
                    <td>{theirs}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p>{m.customer_users_conflict_overlap()}</p>
        </>
      ) : (
        <p>{m.customer_users_conflict_no_overlap()}</p>
      )}
      <ButtonRow>
        <button type="button" className={buttonClass()} onClick={onOverwrite}>
          {m.customer_users_conflict_overwrite()}
        </button>
        <button type="button" className={buttonClass({ variant: 'secondary' })} onClick={onDiscard}>
          {m.customer_users_conflict_discard()}
        </button>
      </ButtonRow>
    </Notice>
  );
}
