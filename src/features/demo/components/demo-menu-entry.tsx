import { type ReactNode, Suspense, useRef, useState } from 'react';
import { buttonClass } from '@/components/ui/button';
import { m } from '@/i18n';
import { lazyScreen } from '@/lib/lazy-screen';
import styles from './demo-menu-entry.module.css';

// The panel's code loads when the button is pointed at, focused or pressed: not with the menu, nor the first visit.
const DemoPanel = lazyScreen(() => import('./demo-panel').then((module) => module.DemoPanel));

/**
 * Mock mode only, in the header's menu: the "Demo data" badge and the "Demo panel" button, which opens the panel
 * (a modal dialog). Closing it puts focus back on the button.
 */
export function DemoMenuEntry({ preferences }: { preferences: ReactNode }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <div className={styles.entry}>
      <span className={styles.badge}>{m.demo_badge()}</span>
      <button
        ref={opener}
        type="button"
        className={buttonClass({ variant: 'quiet' })}
        aria-haspopup="dialog"
        onPointerEnter={DemoPanel.preload}
        onFocus={DemoPanel.preload}
        onClick={() => setOpen(true)}
      >
        {m.demo_panel()}
      </button>
      {open && (
        <Suspense fallback={null}>
          <DemoPanel
            preferences={preferences}
            onClose={() => {
              setOpen(false);
              opener.current?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
