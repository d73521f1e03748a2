import { type RefObject, useId } from 'react';
import { m } from '@/i18n';
import { ButtonRow, buttonClass } from './button';
import styles from './confirm-dialog.module.css';
import { ModalDialog } from './modal-dialog';

interface ConfirmDialogProps {
  dialogRef: RefObject<HTMLDialogElement | null>;
  /** Focused when it opens: the choice that loses nothing. */
  cancelRef: RefObject<HTMLButtonElement | null>;
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** A question before something that cannot be undone: its own buttons, the confirming one and Cancel. */
export function ConfirmDialog({
  dialogRef,
  cancelRef,
  title,
  text,
  confirmLabel,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const titleId = useId();
  return (
    <ModalDialog dialogRef={dialogRef} titleId={titleId} className={styles.dialog} onClose={onClose}>
      <h3 id={titleId}>{title}</h3>
      <p>{text}</p>
      <ButtonRow>
        <button
          type="button"
          className={buttonClass()}
          onClick={() => {
            dialogRef.current?.close();
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button
          ref={cancelRef}
          type="button"
          className={buttonClass({ variant: 'secondary' })}
          onClick={() => dialogRef.current?.close()}
        >
          {m.ui_cancel()}
        </button>
      </ButtonRow>
    </ModalDialog>
  );
}
