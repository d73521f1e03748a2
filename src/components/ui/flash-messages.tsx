import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { m } from '@/i18n';
import { dismissFlash, type FlashText, flashWords, useFlashMessages } from '@/lib/flash-messages';
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
          {message.secret && <Secret label={secretLabel(message.secret.label)} value={message.secret.value} />}
          <button
            type="button"
            className={buttonClass({ variant: 'secondary' })}
            onClick={() => dismissFlash(message.id)}
          >
            {m.ui_dismiss()}
          </button>
        </div>
      ))}
    </div>
  );
}

/** The text of a message, its link parts (user text: a username) as isolated links, keyed by position. */
function MessageText({ text }: { text: FlashText }) {
  const words = flashWords(text);
  if (typeof words === 'string') return words;
  return words.map((part, index) =>
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

/** A secret's label, in the language on view. */
function secretLabel(label: string | (() => string)): string {
  return typeof label === 'function' ? label() : label;
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
        {copied ? m.ui_copied() : m.ui_copy_password()}
      </button>
    </p>
  );
}
