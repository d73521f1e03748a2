import { type CustomerUser, customerUserLabels } from '@/api/customer-user-schema';

const shownFields = [
  'title',
  'firstName',
  'lastName',
  'login',
  'email',
  'customerId',
  'phone',
  'fax',
  'mobile',
  'street',
  'zip',
  'city',
  'country',
  'comment',
  'validity',
] as const satisfies readonly (keyof CustomerUser)[];

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The saved data of one customer user, read-only. */
export function CustomerUserDetails({ user }: { user: CustomerUser }) {
  return (
    <dl className="details">
      {shownFields.map((field) => (
        <div key={field} className="details__row">
          <dt>{customerUserLabels[field]}</dt>
          <dd>{user[field] === '' ? <span className="muted">—</span> : user[field]}</dd>
        </div>
      ))}
      <div className="details__row">
        <dt>Created</dt>
        <dd>
          {dateTime.format(new Date(user.createdAt))} by {user.createdBy}
        </dd>
      </div>
      <div className="details__row">
        <dt>Changed</dt>
        <dd>
          {dateTime.format(new Date(user.changedAt))} by {user.changedBy}
        </dd>
      </div>
    </dl>
  );
}
