import { useEffect, useRef } from 'react';

/**
 * Keeps focus in the form when a save ends and the form stays on screen. The buttons are disabled
 * while saving (and Cancel save goes away after it), and a disabled or removed button drops focus to
 * the page body; when the save ends, focus goes back to the button that saved, whose status line
 * beside it says how it went. Focus somewhere else (the error summary, moved there by the failed save)
 * is left where it is.
 */
export function useFocusAfterSave(saving: boolean) {
  /** The form's Save button: where focus goes when it was not a button that started the save (Enter in a field). */
  const saveButton = useRef<HTMLButtonElement>(null);
  const pressed = useRef<HTMLButtonElement | null>(null);
  const wasSaving = useRef(saving);

  useEffect(() => {
    const ended = wasSaving.current && !saving;
    wasSaving.current = saving;
    if (!ended) return;
    const active = document.activeElement;
    const lost =
      active === null || active === document.body || (active instanceof HTMLButtonElement && active.disabled);
    const target = pressed.current?.isConnected ? pressed.current : saveButton.current;
    pressed.current = null;
    if (lost || active === target) target?.focus();
  }, [saving]);

  return {
    saveButton,
    /** For a save button's onClick: focus comes back to it. */
    rememberPressed: (button: HTMLButtonElement) => {
      pressed.current = button;
    },
  };
}
