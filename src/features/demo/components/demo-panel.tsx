import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { buttonClass } from '@/components/ui/button';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { QueryStates } from '@/components/ui/query-states';
import { m } from '@/i18n';
import { useDemoState } from '../api/demo-api';
import { DataSetSection } from './data-set-section';
import styles from './demo-panel.module.css';
import { NetworkSection } from './network-section';
import { SessionSection } from './session-section';

export interface DemoPanelProps {
  /** The app's Theme and Language switches, shown under "Appearance". */
  preferences: ReactNode;
  /** After it closed (Esc or Close). */
  onClose: () => void;
}

/**
 * "Demo panel", a modal dialog that shows every switch of the mock API as it is and changes it in place: the data
 * set, the latency, the faults, acting as administrator, customer group support, the theme and the language.
 * It opens when it mounts; a status line says how each change went.
 */
export function DemoPanel({ preferences, onClose }: DemoPanelProps) {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const [status, setStatus] = useState('');
  const demoState = useDemoState();

  useEffect(() => {
    const element = dialog.current;
    // Once: React's second effect run in development finds it open.
    if (!element || element.open) return;
    element.showModal();
    if (!element.contains(document.activeElement)) close.current?.focus();
  }, []);

  return (
    <ModalDialog dialogRef={dialog} titleId={titleId} className={styles.dialog} onClose={onClose}>
      <div className={styles.head}>
        <h2 id={titleId}>{m.demo_panel()}</h2>
        <button
          ref={close}
          type="button"
          className={buttonClass({ variant: 'secondary' })}
          onClick={() => dialog.current?.close()}
        >
          {m.demo_close()}
        </button>
      </div>
      <div className={styles.body}>
        <p className={styles.intro}>{m.demo_panel_intro()}</p>
        <p role="status" className={styles.status}>
          {status}
        </p>
        <QueryStates query={demoState} loading={m.demo_state_loading()} failed={m.demo_state_failed()}>
          {(state) => (
            <>
              <DataSetSection inUse={state.dataSet} onStatus={setStatus} />
              <NetworkSection state={state} onStatus={setStatus} />
            </>
          )}
        </QueryStates>
        <SessionSection onStatus={setStatus} />
        <section className={styles.section} aria-labelledby={`${titleId}-appearance`}>
          <h3 id={`${titleId}-appearance`}>{m.demo_appearance()}</h3>
          <div className={styles.preferences}>{preferences}</div>
        </section>
      </div>
    </ModalDialog>
  );
}
