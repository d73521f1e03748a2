import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ButtonRow, buttonClass } from '@/components/ui/button';
import { m } from '@/i18n';
import { confirmLeavingUnsavedChanges } from '@/lib/unsaved-changes';
import styles from './form-actions.module.css';
import { useFocusAfterSave } from './use-focus-after-save';

interface FormActionsProps {
  saving: boolean;
  /** What a finished save said ("Customer user updated!"), announced to screen readers. */
  message: string;
  dirty: boolean;
  cancelHref: string;
  /** Without handlers the buttons submit the surrounding form; `finish` tells which one did. */
  onSave?: (finish: boolean) => void;
  withFinish?: boolean;
  /** While saving, a "Cancel save" button that stops the request; the input stays. */
  onCancelSave?: () => void;
}

/** Save, Save and finish, Cancel (which asks first when there are unsaved changes), and the status line. */
export function FormActions(props: FormActionsProps) {
  const { saving, message, dirty, cancelHref, onSave, withFinish = true, onCancelSave } = props;
  const navigate = useNavigate();
  const { saveButton: saveRef, rememberPressed } = useFocusAfterSave(saving);
  const saveButton = (finish: boolean, label: string) => (
    <button
      ref={finish ? undefined : saveRef}
      type={onSave ? 'button' : 'submit'}
      name={finish ? 'finish' : undefined}
      className={buttonClass()}
      disabled={saving}
      onClick={(event) => {
        rememberPressed(event.currentTarget);
        onSave?.(finish);
      }}
    >
      {label}
    </button>
  );
  return (
    <ButtonRow>
      {saveButton(false, m.ui_save())}
      {withFinish && saveButton(true, m.ui_save_and_finish())}
      {saving && onCancelSave && (
        <button type="button" className={buttonClass({ variant: 'secondary' })} onClick={onCancelSave}>
          {m.ui_cancel_save()}
        </button>
      )}
      <button
        type="button"
        className={buttonClass({ variant: 'secondary' })}
        onClick={() => {
          if (!dirty || confirmLeavingUnsavedChanges()) navigate(cancelHref);
        }}
      >
        {m.ui_cancel()}
      </button>
      <SaveStatus>{saving ? m.ui_saving() : message}</SaveStatus>
    </ButtonRow>
  );
}

/** The line after a form's buttons that says "Saving…" and then how the save went. */
export function SaveStatus({ children }: { children: ReactNode }) {
  return (
    <span role="status" className={styles.saved}>
      {children}
    </span>
  );
}

/** Whether a submit came from the Save and finish button. */
export function submittedWithFinish(event?: { nativeEvent?: Event }): boolean {
  const submitter = (event?.nativeEvent as SubmitEvent | undefined)?.submitter;
  return submitter instanceof HTMLButtonElement && submitter.name === 'finish';
}
