import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { dismissFlash, type FlashText, useFlashMessages } from '@/lib/flash-messages';
import { buttonClass } from './button';
import styles from './flash-messages.module.css';
import { UserText } from './user-text';

/** The messages for this screen; moving on to another screen clears them. */
export function FlashMessages() {
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  const messages = useFlashMessages().filter((message) => message.on === here);
  const shown = useRef(new Set<number>());
  const shownAt = useRef(location.key);

  useEffect(() => {
    if (shownAt.current === location.key) return;
    shownAt.current = location.key;
    for (const id of shown.current) dismissFlash(id);
    shown.current.clear();
  }, [location.key]);
  useEffect(() => {
    for (const message of messages) shown.current.add(message.id);
  });

  // The live region is always there, empty until a message comes: a screen reader announces a change
  // inside a region it already knows, not a region that arrives together with its text.
  return (
    <div role="status" className={styles.messages}>
      {messages.map((message) => (
        <div key={message.id} className={styles.flash}>
          <p className={styles.text}>
            <MessageText text={message.text} />
          </p>
          {message.secret && <Secret label={message.secret.label} value={message.secret.value} />}
          <button
            type="button"
            className={buttonClass({ variant: 'secondary' })}
            onClick={() => dismissFlash(message.id)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}

/** The text of a message, its link parts (user text: a username) as isolated links, keyed by position. */
function MessageText({ text }: { text: FlashText }) {
  if (typeof text === 'string') return text;
  return text.map((part, index) =>
    typeof part === 'string' ? (
      part
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one message are fixed and never reordered.
      <Link key={index} to={part.href}>
        <UserText>{part.text}</UserText>
      </Link>
    ),
  );
}

function Secret({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <p className={styles.secret}>
      {label}: <code>{value}</code>{' '}
      <button
        type="button"
        className={buttonClass({ variant: 'secondary' })}
        onClick={async () => {
          await navigator.clipboard.writeText(value);
          setCopied(true);
        }}
      >
        {copied ? 'Copied' : 'Copy password'}
      </button>
    </p>
  );
}
