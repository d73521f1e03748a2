import { useState } from 'react';
import { dismissFlash, useFlashMessages } from '@/lib/flash-messages';

export function FlashMessages() {
  const messages = useFlashMessages();
  if (messages.length === 0) return null;
  return (
    <div className="flash-messages">
      {messages.map((message) => (
        <div key={message.id} role="status" className="flash">
          <p className="flash__text">{message.text}</p>
          {message.secret && <Secret label={message.secret.label} value={message.secret.value} />}
          <button type="button" className="button button--secondary" onClick={() => dismissFlash(message.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}

function Secret({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <p className="flash__secret">
      {label}: <code>{value}</code>{' '}
      <button
        type="button"
        className="button button--secondary"
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
