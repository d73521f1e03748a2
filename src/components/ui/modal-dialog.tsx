import { type ReactNode, type RefObject, useEffect } from 'react';

interface ModalDialogProps {
  dialogRef: RefObject<HTMLDialogElement | null>;
  /** The id of the element that names the dialog (its heading). */
  titleId: string;
  className?: string;
  /** After it closed, however: Esc, a Close or Cancel button, the browser. */
  onClose: () => void;
  children: ReactNode;
}

/** Whether the dialog is the open one on top (a dialog opened from it comes later in the document). */
function isTopmost(dialog: HTMLDialogElement): boolean {
  return dialog.open && [...document.querySelectorAll('dialog[open]')].at(-1) === dialog;
}

/**
 * A `<dialog>` opened with `showModal()`. Esc closes the one on top only, wherever focus is (also when a click
 * on the dialog's text left it on the page's body): neither a dialog under it nor the header menu it sits in
 * (which closes on Esc too) sees the key.
 */
export function ModalDialog({ dialogRef, titleId, className, onClose, children }: ModalDialogProps) {
  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      const dialog = dialogRef.current;
      if (event.key !== 'Escape' || !dialog || !isTopmost(dialog)) return;
      event.preventDefault();
      event.stopPropagation();
      dialog.close();
    };
    // Before anything else sees the key: the capture phase on the window.
    window.addEventListener('keydown', closeOnEscape, { capture: true });
    return () => window.removeEventListener('keydown', closeOnEscape, { capture: true });
  }, [dialogRef]);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      className={className}
      // React hands a dialog's `close` on to the dialogs around it: only its own counts.
      onClose={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      {children}
    </dialog>
  );
}
