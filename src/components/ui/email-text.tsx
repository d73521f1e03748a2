import styles from './email-text.module.css';

/**
 * An email address that may wrap only before its `@`, so a narrow column shows `abernard` over
 * `@old-mill-bakery.example` instead of breaking a word (or at a hyphen of the domain).
 */
export function EmailText({ email }: { email: string }) {
  const at = email.lastIndexOf('@');
  if (at <= 0) return <span className={styles.part}>{email}</span>;
  return (
    <>
      <span className={styles.part}>{email.slice(0, at)}</span>
      <wbr />
      <span className={styles.part}>{email.slice(at)}</span>
    </>
  );
}
