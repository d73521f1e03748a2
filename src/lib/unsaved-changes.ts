import { m } from '@/i18n';

/** The question asked before unsaved changes are lost, in the language on view. */
export function unsavedChangesQuestion(): string {
  return m.ui_unsaved_changes_question();
}

let guarded = false;

/** Whether a form on view has unsaved changes (set by `useUnsavedChangesGuard`). */
export function setUnsavedChanges(unsaved: boolean): void {
  guarded = unsaved;
}

/** For navigations started by code (the sidebar search): asks first when a form has unsaved changes. */
export function confirmLeavingUnsavedChanges(): boolean {
  return !guarded || window.confirm(unsavedChangesQuestion());
}
