import { useNavigate } from 'react-router';
import { confirmLeavingUnsavedChanges } from '@/lib/unsaved-changes';

interface FormActionsProps {
  saving: boolean;
  /** What a finished save said ("Customer user updated!"), announced to screen readers. */
  message: string;
  dirty: boolean;
  cancelHref: string;
  /** Without handlers the buttons submit the surrounding form; `finish` tells which one did. */
  onSave?: (finish: boolean) => void;
  withFinish?: boolean;
}

/** Save, Save and finish, Cancel (which asks first when there are unsaved changes), and the status line. */
export function FormActions({ saving, message, dirty, cancelHref, onSave, withFinish = true }: FormActionsProps) {
  const navigate = useNavigate();
  const saveButton = (finish: boolean, label: string) => (
    <button
      type={onSave ? 'button' : 'submit'}
      name={finish ? 'finish' : undefined}
      className="button"
      disabled={saving}
      onClick={onSave ? () => onSave(finish) : undefined}
    >
      {label}
    </button>
  );
  return (
    <div className="button-row">
      {saveButton(false, 'Save')}
      {withFinish && saveButton(true, 'Save and finish')}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          if (!dirty || confirmLeavingUnsavedChanges()) navigate(cancelHref);
        }}
      >
        Cancel
      </button>
      <span role="status" className="form__saved">
        {saving ? 'Saving…' : message}
      </span>
    </div>
  );
}

/** Whether a submit came from the Save and finish button. */
export function submittedWithFinish(event?: { nativeEvent?: Event }): boolean {
  const submitter = (event?.nativeEvent as SubmitEvent | undefined)?.submitter;
  return submitter instanceof HTMLButtonElement && submitter.name === 'finish';
}
