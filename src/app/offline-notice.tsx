import { m } from '@/i18n';
import { useIsOnline } from '@/lib/online-status';
import styles from './offline-notice.module.css';

/**
 * Says, and announces, that the browser is offline. The live region is always there (empty while
 * online), so screen readers announce the change when the connection goes and comes back.
 */
export function OfflineNotice() {
  const online = useIsOnline();
  return (
    <div role="status" className={online ? undefined : styles.offline}>
      {online ? null : <p>{m.app_offline()}</p>}
    </div>
  );
}
